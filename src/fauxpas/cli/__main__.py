import sys

from fauxpas.cli import main

sys.exit(main())
