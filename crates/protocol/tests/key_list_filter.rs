//! The fast key-list filter against the full parser: on every answer the writer can produce
//! (compact and pretty, tricky texts), what the fast path keeps is exactly what the full parse
//! keeps, and what it writes still validates against agent_output.xsd.

mod common;

use common::strategies::response_packet;
use plesk_xmlapi::key_list_filter::keep_listed_keys;
use plesk_xmlapi::*;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

/// Keep the keys of owners whose login has an even length, and none without an owner.
fn keep(owner: Option<&str>) -> bool {
    owner.is_some_and(|login| login.chars().count() % 2 == 0)
}

/// Whether the writer escapes something in `login` (`&`, `<`, `>`, quotes, control characters).
fn written_with_entities(login: &str) -> bool {
    login.contains(['&', '<', '>', '"', '\'']) || login.chars().any(|c| c.is_control())
}

/// The full parser's answer to the same question.
fn filtered(packet: &ResponsePacket) -> ResponsePacket {
    let ResponseBody::Operations(operations) = &packet.body else { return packet.clone() };
    let operations = operations
        .iter()
        .map(|operation| match operation {
            OperationResponse::GetInfo(results) => OperationResponse::GetInfo(
                results
                    .iter()
                    .map(|result| match result {
                        GetInfoResult::Found(infos) => GetInfoResult::Found(
                            infos.iter().filter(|info| keep(info.owner.as_deref())).cloned().collect(),
                        ),
                        failed => failed.clone(),
                    })
                    .collect(),
            ),
            other => other.clone(),
        })
        .collect();
    ResponsePacket { version: packet.version.clone(), body: ResponseBody::Operations(operations) }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_fast_path_keeps_what_the_full_parser_keeps(packet in response_packet()) {
        for style in [ResponseStyle::Compact, ResponseStyle::Pretty] {
            let written = write_response(&packet, style);
            if let Some(kept) = keep_listed_keys(written.as_bytes(), keep) {
                let read = parse_response_bytes(&kept).expect("the fast path's output parses");
                prop_assert_eq!(read, filtered(&packet));
            }
        }
    }
}

#[test]
fn the_fast_path_reads_what_the_writer_writes_and_stays_valid() {
    let mut runner = TestRunner::deterministic();
    let strategy = response_packet();
    let (mut documents, mut missed) = (Vec::new(), Vec::new());
    for index in 0..600 {
        let packet = strategy.new_tree(&mut runner).expect("value").current();
        let style = if index % 2 == 0 { ResponseStyle::Compact } else { ResponseStyle::Pretty };
        let written = write_response(&packet, style);
        // A get_info answer (or a packet-level error) whose logins need no entity: the plain shape.
        let plain = match &packet.body {
            ResponseBody::System(_) => true,
            ResponseBody::Operations(operations) => operations.iter().all(|operation| match operation {
                OperationResponse::GetInfo(results) => results.iter().all(|result| match result {
                    GetInfoResult::Found(infos) => infos
                        .iter()
                        .all(|info| info.owner.as_deref().is_none_or(|login| !written_with_entities(login))),
                    GetInfoResult::Failed(_) => true,
                }),
                _ => false,
            }),
        };
        match keep_listed_keys(written.as_bytes(), keep) {
            Some(kept) => documents.push(String::from_utf8(kept).expect("UTF-8 in, UTF-8 out")),
            None if plain => missed.push(written),
            None => {}
        }
    }
    assert!(missed.is_empty(), "plain answers sent to the full parser: {missed:?}");
    assert!(documents.len() > 100, "only {} answers took the fast path", documents.len());
    plesk_xsd_check::assert_all_valid("agent_output.xsd", &documents);
}
