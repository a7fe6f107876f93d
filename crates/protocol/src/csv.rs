//! CSV for spreadsheets, safe against formula injection (OWASP "CSV Injection"): the panel's
//! export and `plesk-keys report` write cells with the one rule here.

use crate::is_hidden_char;

/// What a spreadsheet reads as the start of a formula (OWASP "CSV Injection"), with the
/// full-width signs some spreadsheets read like the ASCII ones.
const FORMULA_TRIGGERS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
/// Where a spreadsheet may start a new cell when it splits a line itself: comma, semicolon
/// (European locales), tab, and a line break inside the cell (a new row when pasted or split).
const CELL_SEPARATORS: [char; 5] = [',', ';', '\t', '\r', '\n'];

/// A CSV cell, per OWASP's advice on CSV injection: always quoted (embedded quotes doubled), and
/// every place a spreadsheet could start a formula neutralised with an apostrophe: the start of
/// the cell, and after any separator a spreadsheet might split on (`,` `;` TAB, line breaks),
/// whitespace (NBSP, U+3000, …) and invisible characters skipped.
pub fn csv_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 4);
    out.push('"');
    let mut at_cell_start = true;
    for c in text.chars() {
        if at_cell_start && FORMULA_TRIGGERS.contains(&c) {
            out.push('\'');
        }
        match c {
            '"' => out.push_str("\"\""),
            c => out.push(c),
        }
        at_cell_start =
            CELL_SEPARATORS.contains(&c) || (at_cell_start && (c.is_whitespace() || is_hidden_char(c)));
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_every_cell_quoted() {
        let table = [
            ("plain", "\"plain\""),
            ("", "\"\""),
            ("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
            ("+1", "\"'+1\""),
            ("-1", "\"'-1\""),
            ("@SUM(A1)", "\"'@SUM(A1)\""),
            ("\t=1", "\"'\t'=1\""),
            ("  =1+1", "\"  '=1+1\""),
            ("a,b", "\"a,b\""),
            ("note;=cmd|' /C calc'!A0", "\"note;'=cmd|' /C calc'!A0\""),
            ("note; @SUM(1)", "\"note; '@SUM(1)\""),
            ("a,-2", "\"a,'-2\""),
            ("x\t+1", "\"x\t'+1\""),
            ("a=b", "\"a=b\""),
            ("::1", "\"::1\""),
            // Issue 23 item 14.
            ("note\n=HYPERLINK(\"x\")", "\"note\n'=HYPERLINK(\"\"x\"\")\""),
            ("note\r\n+1", "\"note\r\n'+1\""),
            ("a\r@SUM(1)", "\"a\r'@SUM(1)\""),
            ("\r=1", "\"'\r'=1\""),
            ("＝1+1", "\"'＝1+1\""),
            ("＋1", "\"'＋1\""),
            ("－1", "\"'－1\""),
            ("＠SUM(A1)", "\"'＠SUM(A1)\""),
            ("\u{a0}=1", "\"\u{a0}'=1\""),
            ("\u{3000}=1", "\"\u{3000}'=1\""),
            ("\u{2003}\u{200b}=1", "\"\u{2003}\u{200b}'=1\""),
            ("x;\u{a0}＝1", "\"x;\u{a0}'＝1\""),
            ("a\u{a0}=b", "\"a\u{a0}=b\""),
        ];
        for (text, expected) in table {
            assert_eq!(csv_cell(text), expected, "{text:?}");
        }
    }
}
