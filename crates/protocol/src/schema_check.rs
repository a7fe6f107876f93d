//! The parts of `agent_input.xsd` a server checks itself, reported in libxml2's words (what
//! xmllint prints, and what Plesk answers in a 1014 error).

use crate::dom::Element;

/// Where a packet breaks agent_input.xsd, in libxml2's words (Plesk answers it with 1014).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SchemaError {
    pub line: usize,
    pub message: String,
}

/// libxml2 names at most this many expected elements.
const MAX_EXPECTED_SHOWN: usize = 10;

/// One element of an `xs:sequence`: its name, minOccurs (0 or 1) and whether it repeats.
pub(crate) struct Particle {
    name: &'static str,
    min: usize,
    unbounded: bool,
}

impl Particle {
    pub(crate) fn once(name: &'static str, min: usize) -> Self {
        Particle { name, min, unbounded: false }
    }

    pub(crate) fn many(name: &'static str, min: usize) -> Self {
        Particle { name, min, unbounded: true }
    }
}

/// What may come next at `position` after `count` occurrences of that particle: the current
/// particle if it may repeat, then the following ones up to the first required one.
fn expected_next(particles: &[Particle], position: usize, count: usize) -> Vec<&'static str> {
    let mut expected = Vec::new();
    if let Some(current) = particles.get(position) {
        if count == 0 || current.unbounded {
            expected.push(current.name);
        }
        if count < current.min {
            return expected;
        }
    }
    for particle in particles.iter().skip(position + 1) {
        expected.push(particle.name);
        if particle.min > 0 {
            break;
        }
    }
    expected
}

pub(crate) fn check_sequence(element: &Element, particles: &[Particle]) -> Result<(), SchemaError> {
    let mut position = 0;
    let mut count = 0;
    for child in &element.children {
        loop {
            match particles.get(position) {
                Some(particle) if particle.name == child.name && (count == 0 || particle.unbounded) => {
                    count += 1;
                    break;
                }
                Some(particle) if count >= particle.min => {
                    position += 1;
                    count = 0;
                }
                _ => {
                    let (from, seen) = restart_point(element, child, particles);
                    let expected = expected_next(particles, from, seen);
                    return Err(invalid(child, &not_expected_message(&expected)));
                }
            }
        }
    }
    let missing = particles
        .iter()
        .enumerate()
        .skip(position)
        .any(|(index, particle)| particle.min > if index == position { count } else { 0 });
    if missing {
        let expected = expected_next(particles, position, count);
        return Err(invalid(element, &missing_message(&expected)));
    }
    Ok(())
}

/// Where the sequence stood just before `child`: the particle position and its count.
fn restart_point(element: &Element, child: &Element, particles: &[Particle]) -> (usize, usize) {
    let mut position = 0;
    let mut count = 0;
    for previous in element.children.iter().take_while(|c| !std::ptr::eq(*c, child)) {
        while let Some(particle) = particles.get(position) {
            if particle.name == previous.name && (count == 0 || particle.unbounded) {
                count += 1;
                break;
            }
            position += 1;
            count = 0;
        }
    }
    (position, count)
}

pub(crate) fn check_attributes(element: &Element, allowed: &[&str]) -> Result<(), SchemaError> {
    match element
        .attributes
        .iter()
        .find(|(name, _)| !allowed.contains(&name.as_str()) && !name.starts_with("xmlns"))
    {
        Some((name, _)) => Err(SchemaError {
            line: element.line,
            message: format!(
                "Element '{}', attribute '{name}': The attribute '{name}' is not allowed.",
                element.name
            ),
        }),
        None => Ok(()),
    }
}

pub(crate) fn check_element_only(element: &Element) -> Result<(), SchemaError> {
    if element.has_only_whitespace_text() {
        Ok(())
    } else {
        Err(invalid(
            element,
            "Character content other than whitespace is not allowed because the content type is 'element-only'.",
        ))
    }
}

/// Elements of a simple type (string): no attributes, no child elements.
pub(crate) fn check_simple(element: &Element) -> Result<(), SchemaError> {
    check_attributes(element, &[])?;
    if element.children.is_empty() {
        Ok(())
    } else {
        Err(invalid(element, "Element content is not allowed, because the type definition is simple."))
    }
}

pub(crate) fn invalid(element: &Element, message: &str) -> SchemaError {
    SchemaError { line: element.line, message: format!("Element '{}': {message}", element.name) }
}

fn expected_list(expected: &[&str]) -> String {
    let shown = &expected[..expected.len().min(MAX_EXPECTED_SHOWN)];
    match shown.len() {
        0 => String::new(),
        1 => format!(" Expected is ( {} ).", shown[0]),
        _ => format!(" Expected is one of ( {} ).", shown.join(", ")),
    }
}

pub(crate) fn not_expected_message(expected: &[&str]) -> String {
    format!("This element is not expected.{}", expected_list(expected))
}

pub(crate) fn missing_message(expected: &[&str]) -> String {
    format!("Missing child element(s).{}", expected_list(expected))
}
