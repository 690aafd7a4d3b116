//! No input may panic the parser: truncations and small edits of a real program, as an
//! editor produces them keystroke by keystroke, must all give `Ok` or `Err`.

use crate::syntax::parse_module;

const PROGRAM: &str = include_str!("sample.py");
const NOISE: [&str; 16] = [
    "(", ")", "[", "}", "'", "\"", "\\", ":", "\n", "\t", " ", "f'{", "#", "=", "*", "é",
];

#[test]
fn every_prefix_parses_or_fails_cleanly() {
    for (index, _) in PROGRAM.char_indices() {
        let _ = parse_module(&PROGRAM[..index]);
    }
}

#[test]
fn single_edits_parse_or_fail_cleanly() {
    let boundaries: Vec<usize> = PROGRAM
        .char_indices()
        .map(|(index, _)| index)
        .step_by(3)
        .collect();
    for (round, &index) in boundaries.iter().enumerate() {
        let noise = NOISE[round % NOISE.len()];
        let inserted = format!("{}{noise}{}", &PROGRAM[..index], &PROGRAM[index..]);
        let _ = parse_module(&inserted);
        let next = PROGRAM[index..]
            .chars()
            .next()
            .map_or(index, |c| index + c.len_utf8());
        let deleted = format!("{}{}", &PROGRAM[..index], &PROGRAM[next..]);
        let _ = parse_module(&deleted);
    }
}

#[test]
fn fstring_edits_parse_or_fail_cleanly() {
    let template = "x = f'a{b!r:>{w}.{p}f}c{d=}{{e}}' + f\"{g['h']}\"\n";
    for (index, _) in template.char_indices() {
        for noise in NOISE {
            let _ = parse_module(&format!(
                "{}{noise}{}",
                &template[..index],
                &template[index..]
            ));
        }
        let _ = parse_module(&template[..index]);
    }
}
