"""Small real documents made on the fly for API tests."""

import io

from docx import Document
from reportlab.lib.pagesizes import LETTER
from reportlab.pdfgen import canvas

BACKEND_RESUME = """Jordan Rivera
jordan.rivera@example.com | +1 415 555 0134 | linkedin.com/in/jordanrivera | github.com/jrivera

Summary
Backend engineer with 6 years building APIs and data pipelines.

Experience
Senior Backend Engineer, Acme Payments
Jan 2021 - Present
- Moved billing to Kafka, cutting invoice latency by 40%
- Built Python and FastAPI services on PostgreSQL and Kubernetes

Software Engineer, Globex
Jun 2018 - Dec 2020
- Wrote Django REST APIs and Celery workers backed by Redis

Education
B.S. Computer Science, State University, 2018

Skills
Python, FastAPI, Django, PostgreSQL, Redis, Kafka, Docker, Kubernetes, AWS, Git
"""


def make_pdf(text: str = BACKEND_RESUME) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, invariant=1)
    y = 740
    for line in text.splitlines():
        if y < 60:
            pdf.showPage()
            y = 740
        pdf.drawString(60, y, line)
        y -= 16
    pdf.save()
    return buffer.getvalue()


def make_docx(text: str = BACKEND_RESUME) -> bytes:
    document = Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
