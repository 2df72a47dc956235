"""Open framework libraries as their publishers write them: a YAML file, and its Excel form
(a `library_meta` sheet, a framework `*_meta` sheet and its `*_content` sheet)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from openpyxl import Workbook

CONTENT_HEADER = [
    "urn", "assessable", "depth", "implementation_groups", "ref_id", "name", "description",
    "typical_evidence", "annotation",
]  # fmt: skip


def node(urn: str, depth: int | None, **fields: Any) -> dict[str, Any]:
    """A requirement node; ``depth`` None leaves the key out, as some files do."""
    made: dict[str, Any] = {"urn": f"urn:test:req_node:{urn}", "assessable": False}
    if depth is not None:
        made["depth"] = depth
    if "parent" in fields:
        made["parent_urn"] = f"urn:test:req_node:{fields.pop('parent')}"
    made.update(fields)
    return made


def patient_safety_nodes() -> list[dict[str, Any]]:
    """A four-level Russian list: chapter → standard → assessable element → assessable
    sub-elements; the elements have no ref_id, one level has no depth, and the elements
    belong to implementation groups."""
    return [
        node("1", 1, ref_id="1", name="Безопасность пациентов"),
        node("1.1", 2, parent="1", ref_id="1.1", name="Идентификация", description="Два признака"),
        node(
            "1.1.a", None, parent="1.1", assessable=True, name="Браслет",
            description="Браслет у каждого пациента", typical_evidence="Приказ №12",
            annotation="Проверяется в приёмном отделении", implementation_groups=["IG1", "IG2"],
        ),
        node(
            "1.1.a.i", 4, parent="1.1.a", assessable=True,
            description="Данные на браслете читаемы", implementation_groups=["IG2"],
        ),
        node("1.2", 2, parent="1", ref_id="1.2", name="Лекарства"),
        node(
            "1.2.a", 3, parent="1.2", assessable=True, description="Хранение лекарств",
            implementation_groups=["IG1"],
        ),
        node("2", 1, ref_id="2", name="Инфекционный контроль"),
        node("2.1", 2, parent="2", ref_id="2.1", name="Гигиена рук"),
        node("2.1.a", 3, parent="2.1", assessable=True, description="Антисептик у каждой койки"),
    ]  # fmt: skip


def library_document(
    nodes: list[dict[str, Any]],
    *,
    name: str = "Безопасность пациентов",
    version: int = 1,
    locale: str = "ru",
) -> dict[str, Any]:
    return {
        "urn": "urn:test:risk:library:patient-safety",
        "locale": locale,
        "ref_id": "PS",
        "name": name,
        "description": "Национальные стандарты",
        "copyright": "© Министерство здравоохранения",
        "version": version,
        "provider": "Минздрав",
        "packager": "test",
        "objects": {
            "framework": {
                "urn": "urn:test:risk:framework:patient-safety",
                "ref_id": "PS",
                "name": name,
                "requirement_nodes": nodes,
            }
        },
    }


def write_library_yaml(
    path: Path, nodes: list[dict[str, Any]] | None = None, **library: Any
) -> Path:
    document = library_document(nodes if nodes is not None else patient_safety_nodes(), **library)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def write_library_workbook(path: Path, nodes: list[dict[str, Any]] | None = None) -> Path:
    """The Excel form of a library: library_meta first, then the framework's meta and content
    sheets, each node with its depth and an "x" where it is assessable."""
    document = library_document(nodes if nodes is not None else patient_safety_nodes())
    workbook = Workbook()
    meta = workbook.active
    assert meta is not None
    meta.title = "library_meta"
    meta.append(["type", "library"])
    for key in ("urn", "version", "locale", "ref_id", "name", "description", "copyright"):
        meta.append([key, document[key]])
    meta.append(["name[fr]", "Sécurité des patients"])
    meta.append(["provider", document["provider"]])
    framework = workbook.create_sheet("ps_meta")
    for key, value in (
        ("type", "framework"),
        ("urn", "urn:test:risk:framework:ps"),
        ("name", "PS"),
    ):
        framework.append([key, value])
    content = workbook.create_sheet("ps_content")
    content.append(CONTENT_HEADER)
    depth_of: dict[str, int] = {}
    for item in document["objects"]["framework"]["requirement_nodes"]:
        parent = item.get("parent_urn")
        depth = item.get("depth") or depth_of[parent] + 1
        depth_of[item["urn"]] = depth
        row = {**item, "depth": depth, "assessable": "x" if item["assessable"] else ""}
        row["implementation_groups"] = ",".join(item.get("implementation_groups", []))
        content.append([row.get(column, "") for column in CONTENT_HEADER])
    workbook.save(path)
    return path
