// Starts an in-memory PLC directory and Bluesky's own PDS on loopback, for tests.
// Usage: node pds.mjs --pds-port N --plc-port M --data-dir DIR [--admin-password P]
// Prints one line "READY pds=http://127.0.0.1:N plc=http://127.0.0.1:M" when both
// answer, and stops both on SIGTERM/SIGINT or when its standard input closes (so a
// test runner that dies does not leave it behind). Needs Node 22 or newer.
import { randomBytes } from 'node:crypto'
import net from 'node:net'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import PlcPkg from '@did-plc/server'
import { PDS, envToCfg, envToSecrets, readEnv } from '@atproto/pds'

const { PlcServer, Database } = PlcPkg

// Both servers call listen(port) without a host, which binds every interface; keep them
// on loopback.
const listen = net.Server.prototype.listen
net.Server.prototype.listen = function (...args) {
  if (typeof args[0] === 'number' && typeof args[1] !== 'string') args.splice(1, 0, '127.0.0.1')
  return listen.apply(this, args)
}

const { values: args } = parseArgs({
  options: {
    'pds-port': { type: 'string' },
    'plc-port': { type: 'string' },
    'data-dir': { type: 'string' },
    'admin-password': { type: 'string', default: 'admin-pass' },
  },
})
for (const name of ['pds-port', 'plc-port', 'data-dir']) {
  if (!args[name]) {
    console.error(`missing --${name}`)
    process.exit(2)
  }
}
const dataDir = args['data-dir']
mkdirSync(join(dataDir, 'blobs'), { recursive: true })

const plc = PlcServer.create({ db: Database.mock(), port: Number(args['plc-port']) })
await plc.start()

Object.assign(process.env, {
  PDS_HOSTNAME: 'localhost',
  PDS_PORT: args['pds-port'],
  PDS_DEV_MODE: 'true',
  PDS_DATA_DIRECTORY: dataDir,
  PDS_BLOBSTORE_DISK_LOCATION: join(dataDir, 'blobs'),
  PDS_JWT_SECRET: randomBytes(16).toString('hex'),
  PDS_ADMIN_PASSWORD: args['admin-password'],
  PDS_PLC_ROTATION_KEY_K256_PRIVATE_KEY_HEX: randomBytes(32).toString('hex'),
  PDS_DID_PLC_URL: `http://127.0.0.1:${args['plc-port']}`,
  PDS_INVITE_REQUIRED: 'false',
  PDS_SERVICE_HANDLE_DOMAINS: '.test',
  PDS_RATE_LIMITS_ENABLED: 'false',
  PDS_CRAWLERS: '',
  PDS_DISABLE_SSRF_PROTECTION: 'true',
  LOG_ENABLED: process.env.LOG_ENABLED ?? 'false',
})
const env = readEnv()
const pds = await PDS.create(envToCfg(env), envToSecrets(env))
await pds.start()

let stopping = false
async function stop() {
  if (stopping) return
  stopping = true
  await pds.destroy().catch(() => {})
  await plc.destroy().catch(() => {})
  process.exit(0)
}
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.resume()

console.log(`READY pds=http://127.0.0.1:${args['pds-port']} plc=http://127.0.0.1:${args['plc-port']}`)
