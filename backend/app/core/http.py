from urllib.parse import quote


def content_disposition(filename: str, *, inline: bool = False) -> str:
    """A Content-Disposition header that survives any file name (RFC 6266 + RFC 5987)."""
    ascii_name = filename.encode("ascii", "replace").decode().replace('"', "'").replace("?", "_")
    kind = "inline" if inline else "attachment"
    return f"{kind}; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
