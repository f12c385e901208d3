from pathlib import Path

from transforms.decoding import DecodeProblem, Decoded, decode_bytes

SEED = Path(__file__).resolve().parents[2] / "seeds" / "articles" / "000_202838f5eb5d9b9a.txt"


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_utf8_with_and_without_bom_read_the_same():
    text = seed_text()
    plain = decode_bytes(text.encode("utf-8"))
    bom = decode_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert isinstance(plain, Decoded) and isinstance(bom, Decoded)
    assert plain.text == bom.text == text
    assert (plain.encoding, bom.encoding) == ("utf-8", "utf-8-sig")


def test_windows_1256_arabic_is_recognised():
    text = seed_text()
    decoded = decode_bytes(text.encode("cp1256"))
    assert isinstance(decoded, Decoded)
    assert decoded.encoding == "cp1256"
    assert decoded.text == text


def test_utf16_with_bom():
    decoded = decode_bytes("وزير الدفاع الأميركي جيمس ماتيس".encode("utf-16"))
    assert isinstance(decoded, Decoded) and decoded.text == "وزير الدفاع الأميركي جيمس ماتيس"


def test_empty_and_whitespace_inputs_are_problems():
    assert decode_bytes(b"").reason == "empty"
    assert decode_bytes(b"\r\n  \n").reason == "empty"


def test_binary_data_is_refused_with_the_offset():
    problem = decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    assert isinstance(problem, DecodeProblem)
    assert problem.reason == "binary" and problem.byte_offset == 8


def test_random_bytes_are_undecodable_not_guessed():
    problem = decode_bytes(bytes(range(0x80, 0x100)) * 4)
    assert isinstance(problem, DecodeProblem) and problem.reason == "undecodable"
    assert problem.byte_offset == 0


def test_utf8_arabic_with_a_broken_byte_is_not_misread_as_cp1256():
    data = seed_text().encode("utf-8")
    broken = data[:100] + b"\xff" + data[100:]
    problem = decode_bytes(broken)
    assert isinstance(problem, DecodeProblem)
    assert problem.reason == "undecodable" and problem.byte_offset == 100
