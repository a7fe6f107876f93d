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
    check_sequence_then(element, particles, |_| Ok(()))
}

/// [`check_sequence`], checking each child's own content with `check_child` as soon as the
/// child is accepted: errors come in document order, as libxml2 reports them (a bad child
/// before a missing one is the first error).
pub(crate) fn check_sequence_then(
    element: &Element,
    particles: &[Particle],
    mut check_child: impl FnMut(&Element) -> Result<(), SchemaError>,
) -> Result<(), SchemaError> {
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
        check_child(child)?;
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

/// An `xs:choice` that may be empty (each particle `minOccurs="0"`, or the choice itself),
/// checked one child at a time as libxml2 does: the first child picks the branch (any other
/// name: not expected, every branch named); later children must repeat that branch if it may
/// repeat (else: not expected, naming the branch or nothing). Each accepted child's own content
/// is checked with `check_child` before the next child is looked at.
pub(crate) fn check_choice(
    element: &Element,
    particles: &[Particle],
    mut check_child: impl FnMut(&Element) -> Result<(), SchemaError>,
) -> Result<(), SchemaError> {
    let mut chosen: Option<&Particle> = None;
    for child in &element.children {
        match chosen {
            None => match particles.iter().find(|particle| particle.name == child.name) {
                Some(particle) => chosen = Some(particle),
                None => {
                    let expected: Vec<&str> = particles.iter().map(|particle| particle.name).collect();
                    return Err(invalid(child, &not_expected_message(&expected)));
                }
            },
            Some(branch) if branch.unbounded && branch.name == child.name => {}
            Some(branch) => {
                let expected: &[&str] = if branch.unbounded { &[branch.name] } else { &[] };
                return Err(invalid(child, &not_expected_message(expected)));
            }
        }
        check_child(child)?;
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

/// Elements of an empty complex type (`NoneType`, e.g. a reseller filter's `<all/>`): no
/// attributes, no child elements, no character content at all (whitespace included).
pub(crate) fn check_empty(element: &Element) -> Result<(), SchemaError> {
    check_attributes(element, &[])?;
    if !element.children.is_empty() {
        Err(invalid(element, "Element content is not allowed, because the content type is empty."))
    } else if !element.text.is_empty() {
        Err(invalid(element, "Character content is not allowed, because the content type is empty."))
    } else {
        Ok(())
    }
}

/// Which integer type an element's text must be, with libxml2's name for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum IntegerType {
    /// `id_type` (common.xsd): an `xs:positiveInteger`.
    Id,
    /// `int`: libxml2 checks its lexical form and at most 24 significant digits, not its range.
    Int,
}

/// An integer-typed simple element (after [`check_simple`]), judged as libxml2 does: whitespace
/// around it is dropped, then an optional sign and digits, at most 24 of them significant
/// (leading zeros aside; libxml2 stores decimals in 24 digits). `id_type` is positive: no `-`,
/// not zero. The message quotes the text as it was sent.
pub(crate) fn check_integer(element: &Element, kind: IntegerType) -> Result<(), SchemaError> {
    let raw = element.text.as_ref();
    let value = raw.trim_matches(|c| matches!(c, ' ' | '\t' | '\n' | '\r'));
    let (negative, digits) = match value.as_bytes().first() {
        Some(b'+') => (false, &value[1..]),
        Some(b'-') => (true, &value[1..]),
        _ => (false, value),
    };
    let significant = digits.trim_start_matches('0').len();
    let lexical = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && significant <= 24;
    let (valid, name) = match kind {
        IntegerType::Id => (lexical && !negative && significant > 0, "id_type"),
        IntegerType::Int => (lexical, "int"),
    };
    if valid {
        Ok(())
    } else {
        Err(invalid(element, &format!("'{raw}' is not a valid value of the atomic type '{name}'.")))
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
