import pytest

from app.adapters.storage.local import LocalStorage


async def test_save_read_stream_size_delete(tmp_path):
    storage = LocalStorage(tmp_path)
    await storage.save("resumes/u1/r1.pdf", b"%PDF-1.7 hello")
    assert await storage.read("resumes/u1/r1.pdf") == b"%PDF-1.7 hello"
    assert await storage.size("resumes/u1/r1.pdf") == 14
    chunks = [chunk async for chunk in storage.stream("resumes/u1/r1.pdf", chunk_size=4)]
    assert b"".join(chunks) == b"%PDF-1.7 hello"
    assert len(chunks) == 4
    await storage.delete("resumes/u1/r1.pdf")
    await storage.delete("resumes/u1/r1.pdf")
    with pytest.raises(FileNotFoundError):
        await storage.read("resumes/u1/r1.pdf")


@pytest.mark.parametrize("key", ["../etc/passwd", "/abs/path", "a/../../b", "a//b", ""])
async def test_unsafe_keys_are_refused(tmp_path, key):
    with pytest.raises(ValueError):
        await LocalStorage(tmp_path).save(key, b"x")
