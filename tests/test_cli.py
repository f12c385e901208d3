from marsad.cli import build_parser, main
from marsad.paths import DEFAULT_WAREHOUSE, SAMPLE_ARTICLES


def test_defaults_read_the_samples_into_the_default_warehouse():
    args = build_parser().parse_args(["run"])
    assert args.input == [SAMPLE_ARTICLES] and args.warehouse == DEFAULT_WAREHOUSE
    assert any(SAMPLE_ARTICLES.glob("*.txt"))


def test_a_missing_input_is_a_clear_error(tmp_path, capsys):
    assert main(["run", "--input", str(tmp_path / "nowhere"), "--warehouse", str(tmp_path / "w.duckdb")]) == 2
    assert "input not found" in capsys.readouterr().err
    assert not (tmp_path / "w.duckdb").exists()
