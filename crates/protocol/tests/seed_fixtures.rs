//! Every XML sample of the seed documents parses to exactly the values it shows.

mod common;

use common::fixture;
use plesk_xmlapi::*;

fn operations(packet: ResponsePacket) -> Vec<OperationResponse> {
    match packet.body {
        ResponseBody::Operations(operations) => operations,
        ResponseBody::System(error) => panic!("unexpected system error {error:?}"),
    }
}

fn info(id: &str, ip: &str, owner: &str) -> KeyLookup {
    KeyLookup::Found(KeyInfo {
        id: id.into(),
        ip_addresses: vec![ip.into()],
        description: String::new(),
        owner: Some(owner.into()),
    })
}

#[test]
fn create_response_gives_the_new_key_once() {
    let packet = parse_response(&fixture("seed000-create.response.xml")).unwrap();
    assert_eq!(packet.version.as_deref(), Some("1.6.9.1"));
    assert_eq!(
        operations(packet),
        vec![OperationResponse::Create(Ok(NewKey("e4b01d73-7368-64a6-0515-9fa8fc1d3a78".into())))]
    );
}

#[test]
fn get_one_response() {
    let ops = operations(parse_response(&fixture("seed002-get-one.response.xml")).unwrap());
    assert_eq!(ops.len(), 1);
    assert_eq!(ops[0].key_lookups(), vec![info("17", "192.0.2.1", "admin")]);
}

#[test]
fn get_not_found_response_names_the_key() {
    let ops = operations(parse_response(&fixture("seed002-get-not-found.response.xml")).unwrap());
    assert_eq!(
        ops[0].key_lookups(),
        vec![KeyLookup::Failed(ResultError {
            code: ErrorCode::NotFound,
            text: "Key is not found".into(),
            key: Some("ff4464d9-468d-3664-26bb-c87606941502".into()),
        })]
    );
}

#[test]
fn get_two_and_get_all_responses_flatten_one_result_per_key() {
    let two = operations(parse_response(&fixture("seed002-get-two.response.xml")).unwrap());
    assert_eq!(
        two[0].key_lookups(),
        vec![info("18", "192.0.2.1", "user1"), info("19", "192.0.2.1", "user2")]
    );
    let all = operations(parse_response(&fixture("seed002-get-all.response.xml")).unwrap());
    assert_eq!(
        all[0].key_lookups(),
        vec![info("5", "192.0.2.1", "admin"), info("6", "192.0.2.1", "customer")]
    );
}

#[test]
fn seed_requests_parse_server_side() {
    let create = parse_request(&fixture("seed000-create-for-jdoe.request.xml")).unwrap();
    assert_eq!(create.version.as_deref(), Some("1.6.3.0"));
    assert_eq!(
        create.operators,
        vec![ReceivedOperator::SecretKey(vec![ReceivedOperation::Create(ReceivedCreate {
            ip_address: Some("203.0.113.2".into()),
            description: None,
            login: Some("jdoe".into()),
        })])]
    );
    let one = parse_request(&fixture("seed002-get-one.request.xml")).unwrap();
    assert_eq!(
        one.operators,
        vec![ReceivedOperator::SecretKey(vec![ReceivedOperation::GetInfo(ReceivedFilter::Keys(vec![
            "ff4464d9-468d-3664-26bb-c87606941502".into()
        ]))])]
    );
    let two = parse_request(&fixture("seed002-get-two.request.xml")).unwrap();
    assert!(matches!(&two.operators[0], ReceivedOperator::SecretKey(ops)
        if ops == &vec![ReceivedOperation::GetInfo(ReceivedFilter::Keys(vec![
            "0a45eb21-a9e7-4051-9ae8-a8f5d996874e".into(), "42287e35-cd85-da41-f4f5-cc5f0aee4aaa".into()]))]));
    let all = parse_request(&fixture("seed002-get-all.request.xml")).unwrap();
    assert_eq!(
        all.operators,
        vec![ReceivedOperator::SecretKey(vec![ReceivedOperation::GetInfo(ReceivedFilter::All)])]
    );
}

#[test]
fn seed_samples_validate_against_the_official_schemas() {
    let requests = ["seed000-create-for-jdoe", "seed002-get-one", "seed002-get-two", "seed002-get-all"]
        .map(|name| fixture(&format!("{name}.request.xml")));
    common::assert_all_valid("agent_input.xsd", &requests);
    let responses =
        ["seed000-create", "seed002-get-one", "seed002-get-not-found", "seed002-get-two", "seed002-get-all"]
            .map(|name| fixture(&format!("{name}.response.xml")));
    common::assert_all_valid("agent_output.xsd", &responses);
}
