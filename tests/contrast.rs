//! WCAG 2.1 AA contrast of the stylesheet's colour tokens, light and dark, computed rather than
//! chosen by eye: 4.5:1 for text, 3:1 for control borders and the focus ring (non-text contrast).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

/// The tokens' (light, dark) colours from `--pkp-name: light-dark(#rrggbb, #rrggbb);` lines.
fn tokens() -> HashMap<String, ([u8; 3], [u8; 3])> {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/style/main.css"))
        .expect("style/main.css is readable");
    css.lines()
        .filter_map(|line| {
            let (name, value) = line.trim().strip_prefix("--pkp-")?.split_once(':')?;
            let pair = value.trim().strip_prefix("light-dark(")?.strip_suffix(");")?;
            let (light, dark) = pair.split_once(',')?;
            Some((name.to_owned(), (hex(light.trim())?, hex(dark.trim())?)))
        })
        .collect()
}

fn hex(text: &str) -> Option<[u8; 3]> {
    let digits = text.strip_prefix('#').filter(|d| d.len() == 6)?;
    let channel = |i: usize| u8::from_str_radix(&digits[i..i + 2], 16).ok();
    Some([channel(0)?, channel(2)?, channel(4)?])
}

/// Relative luminance (WCAG 2.1).
fn luminance(rgb: [u8; 3]) -> f64 {
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2])
}

fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

#[test]
fn the_contrast_formula_matches_known_values() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast([0x77, 0x77, 0x77], [255, 255, 255]) - 4.48).abs() < 0.01);
}

#[test]
fn text_and_controls_meet_wcag_aa_in_both_themes() {
    let tokens = tokens();
    // (foreground, background, minimum): where the stylesheet puts one on the other.
    let pairs = [
        ("text", "bg", 4.5),
        ("text", "surface", 4.5),
        ("muted", "bg", 4.5),
        ("muted", "surface", 4.5),
        ("accent-text", "accent", 4.5),
        ("danger-text", "danger", 4.5),
        ("danger", "surface", 4.5),
        ("error", "surface", 4.5),
        ("error", "error-bg", 4.5),
        ("text", "error-bg", 4.5),
        ("warning-text", "warning-bg", 4.5),
        ("text", "key-bg", 4.5),
        ("border", "surface", 3.0),
        ("accent", "surface", 3.0),
        ("focus", "bg", 3.0),
        ("focus", "surface", 3.0),
    ];
    let mut failures = Vec::new();
    for (foreground, background, minimum) in pairs {
        let (Some(fg), Some(bg)) = (tokens.get(foreground), tokens.get(background)) else {
            panic!("--pkp-{foreground} or --pkp-{background} is not a light-dark() pair of #rrggbb colours");
        };
        for (theme, ratio) in [("light", contrast(fg.0, bg.0)), ("dark", contrast(fg.1, bg.1))] {
            println!("{theme}: --pkp-{foreground} on --pkp-{background}: {ratio:.2}:1 (minimum {minimum}:1)");
            if ratio < minimum {
                failures.push(format!(
                    "{theme}: {foreground} on {background} is {ratio:.2}:1, below {minimum}:1"
                ));
            }
        }
    }
    assert!(failures.is_empty(), "contrast too low:\n{}", failures.join("\n"));
}
