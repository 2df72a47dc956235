"""A shared project's address read from its URL into the parts a person fills in, and the URL
made of those parts again."""

from __future__ import annotations

from sqlalchemy import make_url

from accredit_tracker.core.storage.credentials import DEFAULT_PORT, carries_password
from accredit_tracker.core.storage.shared_address import SharedAddress, shared_address


def test_the_parts_of_a_url_with_a_schema() -> None:
    address = shared_address(
        "postgresql+psycopg://dilnoza@quality-db.hospital.local:5433/quality"
        "?options=-csearch_path%3Dcycle2026&connect_timeout=5"
    )

    assert address == SharedAddress(
        host="quality-db.hospital.local",
        port=5433,
        database="quality",
        user="dilnoza",
        schema="cycle2026",
        settings={"connect_timeout": "5"},
    )


def test_a_url_without_port_or_schema_takes_the_defaults() -> None:
    address = shared_address("postgresql+psycopg://aziz@db/quality")

    assert (address.port, address.schema, address.settings) == (DEFAULT_PORT, "", {})


def test_the_url_made_of_the_parts_connects_with_the_password_to_the_schema() -> None:
    url = SharedAddress(
        host="db.hospital.local",
        database="quality",
        user="dilnoza",
        password="s3cret@pass",
        schema="cycle2026",
    ).url()

    parsed = make_url(url)
    assert parsed.drivername == "postgresql+psycopg"
    assert (parsed.host, parsed.port, parsed.database) == ("db.hospital.local", 5432, "quality")
    assert (parsed.username, parsed.password) == ("dilnoza", "s3cret@pass")
    assert parsed.query == {"options": "-csearch_path=cycle2026"}
    assert carries_password(url)
    assert shared_address(url).schema == "cycle2026"


def test_other_server_options_are_kept_as_they_came() -> None:
    url = "postgresql+psycopg://dilnoza@db/quality?options=-cstatement_timeout%3D5000"

    address = shared_address(url)

    assert address.settings == {"options": "-cstatement_timeout=5000"}
    assert make_url(address.url()).query == {"options": "-cstatement_timeout=5000"}
    assert not carries_password(url)
