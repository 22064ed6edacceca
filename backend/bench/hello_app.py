"""The floor `bench.api` compares against: a bare FastAPI app with one JSON endpoint."""

from fastapi import FastAPI

app = FastAPI()


@app.get("/hello")
async def hello() -> dict[str, str]:
    return {"message": "hello"}
