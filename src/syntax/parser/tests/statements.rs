use super::*;

#[test]
fn sample_program_parses() {
    let module = parse(include_str!("sample.py"));
    assert!(module.body.len() > 10);
}
