"""A tracer's worksheet as an A4 PDF to take on the round: the tracer's details, then each
element of its scope by chapter and standard, with its text, its typical evidence, boxes to
tick and room to write."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from accredit_tracker.core.tracers.worksheet import Worksheet
from accredit_tracker.core.vocabulary import Result
from accredit_tracker.ui.common.labels import result_label
from accredit_tracker.ui.common.locale_text import date_text

WRITING_LINES = 4
"""Empty lines under each element for what was seen."""


def _words() -> dict[str, str]:
    """The worksheet's own words in the window's language."""
    return {
        "title": QCoreApplication.translate("TracerWorksheet", "Tracer worksheet"),
        "assessment": QCoreApplication.translate("TracerWorksheet", "Assessment"),
        "date": QCoreApplication.translate("TracerWorksheet", "Date"),
        "units": QCoreApplication.translate("TracerWorksheet", "Units"),
        "people": QCoreApplication.translate("TracerWorksheet", "People"),
        "scope": QCoreApplication.translate("TracerWorksheet", "Scope"),
        "evidence": QCoreApplication.translate("TracerWorksheet", "Typical evidence"),
        "seen": QCoreApplication.translate("TracerWorksheet", "Seen, heard, read"),
        "empty": QCoreApplication.translate(
            "TracerWorksheet",
            "No elements: give the tracer a scope (chapters, standards or tags) to list their "
            "elements here.",
        ),
    }


def worksheet_html(sheet: Worksheet) -> str:
    """The worksheet as the rich text a QTextDocument lays out."""
    words = {key: html.escape(text) for key, text in _words().items()}
    tracer = sheet.tracer
    details = [
        (words["assessment"], sheet.assessment_name),
        (words["date"], date_text(tracer.held_on) if tracer.held_on else ""),
        (words["units"], tracer.units),
        (words["people"], tracer.people),
        (words["scope"], tracer.scope),
    ]
    parts = [
        f"<h1>{words['title']}</h1>",
        f"<h2>{html.escape(tracer.kind.shown)}: {html.escape(tracer.focus)}</h2>",
        "<table cellspacing='0' cellpadding='3'>",
        *(
            f"<tr><td><b>{label}</b></td><td>{html.escape(value or '—')}</td></tr>"
            for label, value in details
        ),
        "</table>",
    ]
    if not sheet.standards:
        parts.append(f"<p><i>{words['empty']}</i></p>")
    boxes = "&nbsp;&nbsp;&nbsp;".join(
        f"☐ {html.escape(result_label(r))}"
        for r in (Result.FULLY_MET, Result.PARTIALLY_MET, Result.NOT_MET, Result.NOT_APPLICABLE)
    )
    writing = "<br>".join(["&nbsp;"] * WRITING_LINES)
    chapter = None
    for standard in sheet.standards:
        if standard.chapter_code != chapter:
            chapter = standard.chapter_code
            parts.append(
                f"<h2>{html.escape(standard.chapter_code)} "
                f"{html.escape(standard.chapter_title)}</h2>"
            )
        parts.append(f"<h3>{html.escape(standard.code)} {html.escape(standard.text)}</h3>")
        for element in standard.elements:
            evidence = (
                f"<br><i>{words['evidence']}:</i> {html.escape(element.typical_evidence)}"
                if element.typical_evidence
                else ""
            )
            parts.append(
                "<table width='100%' border='1' cellspacing='0' cellpadding='4'>"
                f"<tr><td><b>{html.escape(element.code)}</b> {html.escape(element.text)}"
                f"{evidence}<br>{boxes}</td></tr>"
                f"<tr><td><i>{words['seen']}:</i><br>{writing}</td></tr>"
                "</table><p></p>"
            )
    return "".join(parts)


def write_worksheet_pdf(sheet: Worksheet, path: Path) -> Path:
    """Write the worksheet to ``path`` as an A4 PDF, its pages numbered by the viewer."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(f"{_words()['title']}: {sheet.tracer.focus}")
    document = QTextDocument()
    document.setHtml(worksheet_html(sheet))
    # Laid out on the writer's page, in points, by the printing itself.
    document.print_(writer)
    return path
