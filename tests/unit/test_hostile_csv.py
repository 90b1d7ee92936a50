"""CSV files that used to be misread or held whole: unclosed quotes, and memory that grew with the file."""

from __future__ import annotations

import pytest

from impact_desktop.io.csv_reader import iter_csv
from impact_desktop.io.errors import SpreadsheetError

HEADER = "Business unit,Program,Date,Donations (CNY)\n"


def test_a_quote_left_open_to_the_end_names_the_row_it_opens_on(tmp_path):
    path = tmp_path / "open.csv"
    path.write_text(HEADER + 'Ant,Forest,2018-03,100\nAnt,"Forest,2018-04,200\nAnt,Forest,2018-05,300\n')
    with pytest.raises(SpreadsheetError, match=r"row 3 \(line 3\) opens a quote .* never closed"):
        list(iter_csv(path))


def test_a_quote_open_for_longer_than_a_cell_may_be_names_its_row(tmp_path):
    path = tmp_path / "long.csv"
    lines = [HEADER, "Ant,Forest,2018-03,100\n", 'Ant,"Forest,2018-04,200\n']
    lines += [f"Ant,Forest {i},2018-05,{i}\n" for i in range(20_000)]
    path.write_text("".join(lines))
    expected = r"row 3 \(line 3\), column Program: a cell longer than 131,072 characters: a quote"
    with pytest.raises(SpreadsheetError, match=expected):
        list(iter_csv(path))


def test_quoted_cells_over_several_lines_still_read(tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text(HEADER.replace("\n", ",Note\n") + 'Ant,Forest,2018-03,100,"two\nlines"\n'
                    'Ant,Forest,2018-04,100,"say ""hi""\nthere"\n')
    rows = list(iter_csv(path))
    assert rows[1][1][-1] == "two\nlines" and rows[2][1][-1] == 'say "hi"\nthere'


def test_gbk_is_decided_on_the_whole_file_while_streaming(tmp_path):
    path = tmp_path / "gbk.csv"
    body = HEADER + "".join(f"Ant,Forest,2018-03,{i}\n" for i in range(30_000)) + "蚂蚁金服,蚂蚁森林,2018-03,1\n"
    path.write_bytes(body.encode("gb18030"))
    rows = list(iter_csv(path))
    assert rows[-1][1][:2] == ["蚂蚁金服", "蚂蚁森林"]


@pytest.mark.parametrize(("columns", "row", "column", "reason"), [
    (["Program"], ["P" * 100_000], "Program", "at most 120 characters"),
    (["Program"], ["Ant\x00Forest"], "Program", "control character"),
    (["Program", "Channel"], ["Ant Forest", "c" * 121], "Channel", "at most 120 characters"),
    (["Program", "Parent unit"], ["Ant Forest", "G" * 200], "Parent unit", "at most 120 characters"),
    (["Program", "Donations (CNY)"], ["Ant Forest", "1E+308"], "Donations (CNY)", "scientific notation"),
    (["Program", "Donations (CNY)"], ["Ant Forest", "9" * 40], "Donations (CNY)", "too large"),
])
def test_what_the_write_would_refuse_the_dry_run_refuses_with_its_cell(tmp_path, columns, row, column, reason):
    from click.testing import CliRunner

    from impact_desktop.cli import cli
    from tests.unit.io_files import write_csv

    header = ["Business unit", *columns, "Date"] + ([] if "Donations (CNY)" in columns else ["Donations (CNY)"])
    cells = ["Ant Financial", *row, "2018-03"] + ([] if "Donations (CNY)" in columns else ["100"])
    usual = {"Business unit": "Ant Financial", "Program": "Filler", "Date": "2018-04", "Channel": "Web",
             "Parent unit": "Group"}
    # forty ordinary rows first: past the first kilobyte, where a NUL means "a binary file"
    filler = [[usual.get(name, str(n + 1)) for name in header] for n in range(40)]
    path = write_csv(tmp_path / "cells.csv", [header, *filler, cells])
    db = tmp_path / "new.db"
    runner = CliRunner()
    dry = runner.invoke(cli, ["--db", str(db), "import", str(path), "--dry-run"])
    real = runner.invoke(cli, ["--db", str(db), "import", str(path)])
    assert dry.exit_code == real.exit_code == 1, (dry.output, real.output)
    for result in (dry, real):
        line = next(line for line in result.output.splitlines() if line.startswith("sheet cells, row 42"))
        assert f"column {column}" in line and reason in line and len(line) < 400
    assert not db.exists()


def test_a_long_cell_without_a_quote_is_not_blamed_on_a_quote_and_names_its_column(tmp_path):
    path = tmp_path / "long.csv"
    path.write_text(HEADER + "Ant,Forest,2018-03,100\n" + "Ant," + "x" * 200_000 + ",2018-04,5\n")
    with pytest.raises(SpreadsheetError) as refused:
        list(iter_csv(path))
    assert "long.csv: row 3 (line 3), column Program: a cell longer than 131,072 characters, which is text" \
        in str(refused.value) and "quote" not in str(refused.value)


def test_a_line_of_megabytes_is_refused_before_it_is_held_whole(tmp_path):
    """A 300 MB single line grew memory to 1.7 GB; the line is now read from a bounded prefix only."""
    path = tmp_path / "one_line.csv"
    with path.open("w") as handle:
        handle.write(HEADER.rstrip("\n") + ",")
        for _ in range(6):
            handle.write("y" * (1 << 20))
    with pytest.raises(SpreadsheetError) as refused:
        list(iter_csv(path))
    assert "one_line.csv: row 1 (line 1), column #5: a cell longer than 4,194,304 characters" in str(refused.value)
