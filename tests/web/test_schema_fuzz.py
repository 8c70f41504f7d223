"""schemathesis against the desk's OpenAPI document: every operation, called with data generated
from its schema (valid and invalid), by a logged-in editor and by an anonymous client, answers
without a server error and, where the document describes the answer, in its shape and type.

How many operations and cases were checked is printed in the figures section of the summary.
"""

from __future__ import annotations

import time
from collections import Counter
from contextlib import suppress

import pytest
import schemathesis
from figures import record
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
]
EXAMPLES = {schemathesis.GenerationMode.POSITIVE: 10, schemathesis.GenerationMode.NEGATIVE: 5}
# Ending its own session would leave the editor anonymous for the operations after it; logging
# out is proved by tests/web/test_access.py.
ENDS_THE_SESSION = "DELETE /api/v1/session"


@pytest.mark.parametrize("who", ["editor", "anonymous"])
def test_every_api_operation_answers_within_its_schema(who, anon, login_as, store_url):
    if who == "editor":
        client = login_as("editor")
        headers = {"X-CSRF-Token": client.csrf_token}
    else:
        client, headers = anon, {}
    cookies = dict(client.cookies)
    schema = schemathesis.openapi.from_asgi("/api/openapi.json", client.app)
    operations = [result.ok() for result in schema.get_all_operations()]
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    started = time.perf_counter()

    for operation in operations:
        if who == "editor" and operation.label == ENDS_THE_SESSION:
            continue
        for mode, examples in EXAMPLES.items():
            with suppress(Unsatisfiable):  # an operation without parameters has no invalid data
                _call_with_generated_data(
                    operation, mode, examples, headers, cookies, statuses, failures
                )

    cases = sum(statuses.values())
    database = store_url.split(":", 1)[0].split("+")[0]
    record(
        f"schemathesis ({who}, {database}): {len(operations)} operations, {cases} cases"
        f" in {time.perf_counter() - started:.0f} s, {len(failures)} failures"
    )
    assert not failures, "\n\n".join(failures[:5])
    assert not any(status >= 500 for status in statuses)
    if who == "editor":
        assert sum(n for status, n in statuses.items() if status < 300) > len(operations)
    else:
        assert statuses[401] > len(operations) // 2  # reads and writes alike refuse a stranger


def _call_with_generated_data(operation, mode, examples, headers, cookies, statuses, failures):
    """Send `examples` cases of `mode` to `operation`, counting answers and noting failures."""

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy(mode))
    def call(case):
        try:
            response = case.call(headers=headers, cookies=cookies)
            statuses[response.status_code] += 1
            case.validate_response(response, checks=CHECKS)
        except Exception as exc:  # a FailureGroup names every check the answer failed
            failures.append(f"{operation.label} ({mode.value}): {exc}")

    call()
