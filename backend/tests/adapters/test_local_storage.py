import pytest

from app.adapters.storage.incoming import UploadTooLarge
from app.adapters.storage.local import LocalFileStore


async def chunks_of(store: LocalFileStore, key: str, chunk_size: int) -> list[bytes]:
    return [chunk async for chunk in store.stream(key, chunk_size=chunk_size)]


async def test_save_stream_size_delete(tmp_path):
    store = LocalFileStore(tmp_path)
    await store.save("resumes/u1/r1.pdf", b"%PDF-1.7 hello")
    assert await store.size("resumes/u1/r1.pdf") == 14
    chunks = await chunks_of(store, "resumes/u1/r1.pdf", 4)
    assert b"".join(chunks) == b"%PDF-1.7 hello"
    assert len(chunks) == 4
    await store.delete("resumes/u1/r1.pdf")
    await store.delete("resumes/u1/r1.pdf")
    with pytest.raises(FileNotFoundError):
        await store.size("resumes/u1/r1.pdf")
    with pytest.raises(FileNotFoundError):
        await chunks_of(store, "resumes/u1/r1.pdf", 4)


async def body(*pieces: bytes):
    for piece in pieces:
        yield piece


async def test_a_received_upload_is_put_in_place_and_leaves_no_staging_file(tmp_path):
    store = LocalFileStore(tmp_path)
    key = "retries/i1/r1.webm"
    async with store.receive(key, body(b"\x1a\x45\xdf\xa3", b"rest"), max_bytes=100) as upload:
        assert (upload.size, upload.head) == (8, b"\x1a\x45\xdf\xa3rest")
        assert await store.put_file(key, upload.path) == 8
    assert [p.name for p in (tmp_path / "retries" / "i1").iterdir()] == ["r1.webm"]


async def test_an_upload_over_the_limit_is_refused_and_removed(tmp_path):
    store = LocalFileStore(tmp_path)
    with pytest.raises(UploadTooLarge):
        async with store.receive("retries/i1/r1.webm", body(b"x" * 60, b"y" * 60), max_bytes=100):
            pass
    assert list((tmp_path / "retries" / "i1").iterdir()) == []


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs/path", "a/../../b", "a//b", ""])
async def test_unsafe_keys_are_refused(tmp_path, key):
    with pytest.raises(ValueError):
        await LocalFileStore(tmp_path).save(key, b"x")
