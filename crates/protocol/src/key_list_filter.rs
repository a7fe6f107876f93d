//! Cutting a get_info-for-all answer down to the keys of some owners without building a tree:
//! the gateway's signed-in mode does this on every list, and a full parse of a 100-key answer
//! costs more than the whole exchange with a sandbox. The fast path reads only answers in the
//! plain shape Plesk writes — no comment, CDATA, DOCTYPE or processing instruction (the XML
//! declaration aside), `<key_info>` and `<login>` without attributes, one login per key, logins
//! without entities — and gives up (`None`) on anything else, so the caller falls back to the full
//! parser ([`crate::parse_response`]). In that shape a tag can be found by its text: `<` cannot
//! appear in text or attribute values. Every doubt drops towards the full parser, never towards
//! keeping a key.

use std::sync::LazyLock;

use memchr::memmem::Finder;

const OPEN: &[u8] = b"<key_info>";
const CLOSE: &[u8] = b"</key_info>";
const LOGIN: &[u8] = b"<login>";

/// The searchers, built once (building one costs more than searching a short block).
struct Finders {
    key_info: Finder<'static>,
    key_info_close: Finder<'static>,
    any_key_info_close: Finder<'static>,
    login: Finder<'static>,
    login_close: Finder<'static>,
    markup: Finder<'static>,
    instruction: Finder<'static>,
    instruction_end: Finder<'static>,
}

static FINDERS: LazyLock<Finders> = LazyLock::new(|| Finders {
    key_info: Finder::new(b"<key_info"),
    key_info_close: Finder::new(CLOSE),
    any_key_info_close: Finder::new(b"</key_info"),
    login: Finder::new(b"<login"),
    login_close: Finder::new(b"</login>"),
    markup: Finder::new(b"<!"),
    instruction: Finder::new(b"<?"),
    instruction_end: Finder::new(b"?>"),
});

/// Whether `body` holds markup this path does not read: a comment, CDATA or DOCTYPE (`<!`), or a
/// processing instruction other than the leading XML declaration.
fn has_unread_markup(body: &[u8], finders: &Finders) -> bool {
    if finders.markup.find(body).is_some() {
        return true;
    }
    let after_declaration = match body.strip_prefix(b"<?xml ") {
        Some(_) => finders.instruction_end.find(body).map_or(body.len(), |end| end + 2),
        None => 0,
    };
    finders.instruction.find(&body[after_declaration..]).is_some()
}

/// The owner a `<key_info>…</key_info>` block names: `Some(None)` without a login,
/// `Some(Some(login))` with one plain `<login>…</login>`, `None` (give up) for anything else.
fn owner_of<'a>(block: &'a [u8], finders: &Finders) -> Option<Option<&'a str>> {
    let Some(at) = finders.login.find(block) else { return Some(None) };
    let text_start = at + LOGIN.len();
    if block.get(at..text_start) != Some(LOGIN) {
        return None;
    }
    let text_end = text_start + finders.login_close.find(&block[text_start..])?;
    let login = &block[text_start..text_end];
    if login.iter().any(|&b| b == b'&' || b == b'<') || finders.login.find(&block[text_end..]).is_some() {
        return None;
    }
    std::str::from_utf8(login).ok().map(Some)
}

/// `body` (a get_info-for-all answer) with only the `<key_info>` entries whose owner `keep`
/// accepts (`None`: the key names no owner); `None` when the answer is not in the plain shape
/// this path reads — then parse it whole. Bytes in, bytes out: what is kept is copied as Plesk
/// wrote it (only the logins are read as text).
pub fn keep_listed_keys(body: &[u8], keep: impl Fn(Option<&str>) -> bool) -> Option<Vec<u8>> {
    let finders = &*FINDERS;
    let body = body.strip_prefix("\u{feff}".as_bytes()).unwrap_or(body);
    // Text that is not UTF-8 is not an answer (the full parser says why).
    if std::str::from_utf8(body).is_err() || has_unread_markup(body, finders) {
        return None;
    }
    let mut kept = Vec::with_capacity(body.len());
    let mut copied = 0;
    let mut next = finders.key_info.find(body);
    while let Some(start) = next {
        if body.get(start..start + OPEN.len()) != Some(OPEN) {
            return None;
        }
        let end = start + finders.key_info_close.find(&body[start..])? + CLOSE.len();
        // The next block's start, found once: inside this block it would be a nested one.
        next = finders.key_info.find(&body[start + OPEN.len()..]).map(|at| start + OPEN.len() + at);
        if next.is_some_and(|at| at < end) {
            return None;
        }
        kept.extend_from_slice(&body[copied..start]);
        if keep(owner_of(&body[start..end], finders)?) {
            kept.extend_from_slice(&body[start..end]);
        }
        copied = end;
    }
    if finders.any_key_info_close.find(&body[copied..]).is_some() {
        return None;
    }
    kept.extend_from_slice(&body[copied..]);
    Some(kept)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::response::{GetInfoResult, OperationResponse, ResponseBody};
    use crate::{parse_response, write_response, KeyInfo, ResponsePacket, ResponseStyle};

    fn answer(keys: &[(&str, Option<&str>, &str)]) -> String {
        let infos = keys
            .iter()
            .map(|(id, owner, description)| KeyInfo {
                id: (*id).into(),
                ip_addresses: vec!["192.0.2.1".into()],
                description: (*description).into(),
                owner: owner.map(str::to_owned),
            })
            .collect();
        let packet = ResponsePacket {
            version: Some("1.6.9.1".into()),
            body: ResponseBody::Operations(vec![OperationResponse::GetInfo(vec![GetInfoResult::Found(
                infos,
            )])]),
        };
        write_response(&packet, ResponseStyle::Compact)
    }

    fn text(bytes: Vec<u8>) -> String {
        String::from_utf8(bytes).unwrap()
    }

    fn owners(xml: &str) -> Vec<Option<String>> {
        let ResponseBody::Operations(operations) = parse_response(xml).unwrap().body else {
            panic!("operations")
        };
        operations
            .into_iter()
            .flat_map(OperationResponse::into_key_lookups)
            .map(|lookup| match lookup {
                crate::KeyLookup::Found(info) => info.owner,
                crate::KeyLookup::Failed(_) => Some("error".into()),
            })
            .collect()
    }

    #[test]
    fn keys_of_other_owners_leave_the_answer_which_stays_valid() {
        let xml = answer(&[
            ("1", Some("acme"), "a <b> & \"c\""),
            ("2", Some("beta"), ""),
            ("3", None, "the administrator's"),
            ("4", Some("jdoe"), "j"),
        ]);
        let kept =
            text(keep_listed_keys(xml.as_bytes(), |owner| matches!(owner, Some("acme" | "jdoe"))).unwrap());
        assert_eq!(owners(&kept), [Some("acme".to_owned()), Some("jdoe".to_owned())]);
        assert!(kept.contains("a &lt;b&gt; &amp;"), "the kept keys are copied as they were");
        let none = text(keep_listed_keys(xml.as_bytes(), |_| false).unwrap());
        assert!(owners(&none).is_empty());
    }

    #[test]
    fn anything_but_the_plain_shape_goes_to_the_full_parser() {
        let plain = answer(&[("1", Some("acme"), "d")]);
        let keep = |owner: Option<&str>| owner == Some("acme");
        assert!(keep_listed_keys(plain.as_bytes(), keep).is_some());
        for odd in [
            plain.replace("<login>acme</login>", "<login>ac&#109;e</login>"),
            plain.replace("<login>acme</login>", "<login><![CDATA[acme]]></login>"),
            plain.replace("<login>acme</login>", "<login>acme</login><login>other</login>"),
            plain.replace("<login>acme</login>", "<login/>"),
            plain.replace("<key_info>", "<key_info x=\"1\">"),
            plain.replace("<key_info>", "<KEY_INFO>"),
            plain.replace("<description>d</description>", "<description><!-- x --></description>"),
            plain.replace("</key_info>", "</key_info >"),
            format!("<!DOCTYPE packet>{plain}"),
        ] {
            assert_eq!(keep_listed_keys(odd.as_bytes(), keep), None, "{odd}");
        }
        let system = "<?xml version=\"1.0\"?><packet><system><status>error</status><errcode>1006</errcode><errtext>no</errtext></system></packet>";
        assert_eq!(keep_listed_keys(system.as_bytes(), keep).as_deref(), Some(system.as_bytes()));
    }
}
