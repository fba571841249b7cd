"""The desk's web application: the JSON API under /v1, the browser interface at /."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from fauxpas.desk.errors import DeskError
from fauxpas.desk.limits import BodyLimit
from fauxpas.desk.runtime import Desk


def create_app(desk: Desk | None = None) -> FastAPI:
    desk = desk or Desk.open()
    app = FastAPI(title="fauxpas desk", version="1",
                  description="Check, approve, schedule and publish posts without gaffes.")
    app.state.desk = desk
    app.add_middleware(BodyLimit, max_bytes=desk.settings.max_body_bytes)
    _errors(app)
    from fauxpas.desk.router import api_router
    from fauxpas.web.pages import install_redirects
    from fauxpas.web.pages import router as web_router
    from fauxpas.web.static import mount_static

    app.include_router(api_router)
    app.include_router(web_router)
    mount_static(app)
    install_redirects(app)
    return app


def _errors(app: FastAPI) -> None:
    @app.exception_handler(DeskError)
    async def desk_error(request: Request, exc: DeskError):
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError):
        problems = []
        for error in exc.errors():
            where = ".".join(str(p) for p in error.get("loc", ()) if p != "body") or "body"
            problems.append(f"{where}: {error.get('msg', 'invalid')}")
        return JSONResponse({"detail": "; ".join(problems) or "invalid request",
                             "errors": [{"loc": list(e.get("loc", ())), "msg": e.get("msg")}
                                        for e in exc.errors()]},
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))
