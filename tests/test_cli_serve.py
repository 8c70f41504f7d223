"""`watchdesk serve`: a taken port fails at once with one line, before the desk says it is up."""

from __future__ import annotations

import socket

from typer.testing import CliRunner

from watchdesk.cli import app


def test_a_taken_port_is_one_line_and_no_desk(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        result = CliRunner().invoke(
            app, ["serve", "--port", str(port), "--db", f"sqlite:///{tmp_path / 'd.db'}"]
        )

    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "--port" in result.stderr
    assert "desk on" not in result.output
