import logging

from core.base import logsetup


def test_log_file_is_written_and_rotated_at_start(tmp_path):
    root = logging.getLogger()
    handlers = list(root.handlers)
    try:
        path = logsetup.configure(tmp_path)
        logging.getLogger("feltkart.test").info("første linje")
        for h in root.handlers:
            h.flush()
        assert "første linje" in path.read_text(encoding="utf-8")
        path.write_bytes(b"x" * logsetup.MAX_BYTES)
        (tmp_path / "feltkart.log.1").write_text("older", encoding="utf-8")
        logsetup.configure(tmp_path)
        assert (tmp_path / "feltkart.log.1").stat().st_size == logsetup.MAX_BYTES
        assert (tmp_path / "feltkart.log.2").read_text(encoding="utf-8") == "older"
    finally:
        for h in list(root.handlers):
            if h not in handlers:
                root.removeHandler(h)
                h.close()
