//! The sandbox creates, lists, looks up and deletes keys as Plesk documents (addresses, owners,
//! persistence, concurrency); every answer validates against agent_output.xsd.

mod common;

use common::*;
use plesk_sandbox::*;
use plesk_xmlapi::*;

#[test]
fn create_list_lookup_delete_round_trip() {
    let h = Harness::new(false);
    let NewKey(value) = h.create("192.0.2.1, 192.0.2.2", "CI <deploy> & \"ops\"", "").unwrap();
    assert_eq!(value.len(), 36, "a UUID");
    let keys = h.list();
    assert_eq!(keys.len(), 2, "the admin key and the new one");
    let new = keys.iter().find(|k| k.description == "CI <deploy> & \"ops\"").unwrap();
    assert_eq!(new.ip_addresses, ["192.0.2.1", "192.0.2.2"]);
    assert_eq!(new.owner.as_deref(), Some("admin"));
    assert!(keys.iter().all(|k| k.id.parse::<u64>().is_ok()), "IDs, never values");

    // get_info by value and by ID, one result per filter key, 1013 for unknown ones.
    let filter = KeyList::parse(&format!("{value}\n{}\nmissing", new.id)).unwrap();
    let lookups = h.admin(&RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(filter))))[0].key_lookups();
    assert_eq!(lookups.len(), 3);
    assert!(matches!(&lookups[0], KeyLookup::Found(info) if info.id == new.id));
    assert!(matches!(&lookups[1], KeyLookup::Found(info) if info.id == new.id));
    assert!(
        matches!(&lookups[2], KeyLookup::Failed(e) if e.code == ErrorCode::NotFound && e.key.as_deref() == Some("missing"))
    );

    // delete by ID, then get after delete gives 1013 (as api-php-lib's tests expect).
    let delete = KeyList::parse(&format!("{}\nmissing", new.id)).unwrap();
    let OperationResponse::Delete(results) =
        h.admin(&RequestPacket::new(Operation::Delete(delete))).remove(0)
    else {
        panic!()
    };
    assert_eq!(results[0], Ok(Some(new.id.clone())));
    assert!(matches!(&results[1], Err(e) if e.code == ErrorCode::NotFound));
    let again =
        h.admin(&RequestPacket::new(Operation::GetInfo(KeyFilter::Keys(KeyList::parse(&value).unwrap()))));
    assert!(matches!(&again[0].key_lookups()[0], KeyLookup::Failed(e) if e.code == ErrorCode::NotFound));
}

#[test]
fn a_new_key_works_only_from_its_addresses() {
    let h = Harness::new(false);
    let NewKey(value) = h.create("192.0.2.7", "", "").unwrap();
    assert!(system_code(&h.send_as(LIST_ALL, key(&value), "192.0.2.7")).is_none());
    assert_eq!(system_code(&h.send_as(LIST_ALL, key(&value), "192.0.2.8")), Some(11003));
    // Without ip_address the key is bound to the sender's address.
    let NewKey(bound) = h.create("", "", "").unwrap();
    assert!(system_code(&h.send_as(LIST_ALL, key(&bound), LOOPBACK)).is_none());
    assert_eq!(system_code(&h.send_as(LIST_ALL, key(&bound), "::1")), Some(11003));
}

#[test]
fn create_for_owners_and_invalid_values() {
    let h = Harness::new(false);
    assert!(h.create("192.0.2.1", "", "jdoe").is_ok());
    assert!(h.create("192.0.2.1", "", "reseller1").is_ok());
    for bad_owner in ["ghost", "disabled1"] {
        let error = h.create("192.0.2.1", "", bad_owner).unwrap_err();
        assert_eq!(error.code, ErrorCode::OwnerNotFound, "{bad_owner}");
    }
    let raw = "<packet><secret_key><create><ip_address>300.1.1.1</ip_address></create></secret_key></packet>";
    let ResponseBody::Operations(ops) = h.send_as(raw, key(ADMIN_KEY), LOOPBACK).body else { panic!() };
    assert!(matches!(&ops[0], OperationResponse::Create(Err(e)) if e.code == ErrorCode::InvalidValue));
    let owners: Vec<_> = h.list().into_iter().filter_map(|k| k.owner).collect();
    assert!(owners.contains(&"jdoe".to_owned()) && owners.contains(&"reseller1".to_owned()));
}

#[test]
fn the_empty_delete_filter_deletes_every_key_faithfully() {
    let h = Harness::new(false);
    h.create("192.0.2.1", "a", "").unwrap();
    h.create("192.0.2.2", "b", "").unwrap();
    let raw = "<packet><secret_key><delete><filter/></delete></secret_key></packet>";
    let ResponseBody::Operations(ops) = h.send_as(raw, key(ADMIN_KEY), LOOPBACK).body else { panic!() };
    let OperationResponse::Delete(results) = &ops[0] else { panic!() };
    assert_eq!(results.len(), 3, "one result per deleted key, the admin's own included");
    assert_eq!(h.sandbox.key_count(), 0);
    // The admin key is gone too: Plesk now refuses it.
    assert_eq!(system_code(&h.send_as(LIST_ALL, key(ADMIN_KEY), LOOPBACK)), Some(11003));
    let again = h.send_as(raw, login("admin", "admin-pass"), LOOPBACK);
    let ResponseBody::Operations(ops) = again.body else { panic!() };
    assert_eq!(
        ops[0],
        OperationResponse::Delete(vec![Ok(None)]),
        "a single ok result when nothing was there"
    );
}

#[test]
fn several_operations_and_operators_are_answered_in_order() {
    let h = Harness::new(false);
    let raw = "<packet><secret_key><create><ip_address>192.0.2.1</ip_address></create><get_info><filter><key>nope</key></filter></get_info></secret_key><secret_key><get_info><filter/></get_info></secret_key></packet>";
    let ResponseBody::Operations(ops) = h.send_as(raw, key(ADMIN_KEY), LOOPBACK).body else { panic!() };
    assert_eq!(
        ops.iter().map(OperationResponse::operation_name).collect::<Vec<_>>(),
        ["create", "get_info", "get_info"]
    );
    assert_eq!(ops[2].key_lookups().len(), 2);
}

#[test]
fn owners_mode_scopes_resellers_and_customers() {
    let h = Harness::new(true);
    h.create("192.0.2.1", "admin's", "").unwrap();
    h.create("192.0.2.1", "jdoe's", "jdoe").unwrap();
    h.create("192.0.2.1", "customer2's", "customer2").unwrap();
    let seen = |credentials| match h.send_as(LIST_ALL, credentials, LOOPBACK).body {
        ResponseBody::Operations(ops) => ops[0].key_lookups().len(),
        ResponseBody::System(e) => panic!("{e:?}"),
    };
    assert_eq!(seen(login("reseller1", "reseller1-demo")), 1, "its customer's key only");
    assert_eq!(seen(login("jdoe", "jdoe-demo")), 1);
    assert_eq!(seen(login("customer2", "customer2-demo")), 1);
    assert_eq!(seen(login("admin", "admin-pass")), 4);
}

#[test]
fn concurrent_creates_lose_nothing() {
    let h = Harness::new(false);
    let packet = RequestPacket::new(Operation::Create(
        CreateKey::new(IpList::parse("192.0.2.1").unwrap(), "", "").unwrap(),
    ))
    .to_xml();
    let created: Vec<(String, String)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..50)
            .map(|_| {
                scope.spawn(|| {
                    (0..20)
                        .map(|_| {
                            let answer = h.sandbox.handle(&AgentRequest {
                                body: packet.as_bytes(),
                                credentials: key(ADMIN_KEY),
                                pretty: false,
                                client: LOOPBACK.parse().unwrap(),
                            });
                            match parse_response(&answer).unwrap().body {
                                ResponseBody::Operations(mut ops) => match ops.remove(0) {
                                    OperationResponse::Create(Ok(NewKey(value))) => (value, answer),
                                    other => panic!("{other:?}"),
                                },
                                ResponseBody::System(e) => panic!("{e:?}"),
                            }
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap()).collect()
    });
    let (values, answers): (Vec<String>, Vec<String>) = created.into_iter().unzip();
    h.answers.borrow_mut().extend(answers);
    let distinct: std::collections::HashSet<_> = values.iter().collect();
    assert_eq!((values.len(), distinct.len()), (1000, 1000));
    assert_eq!(h.sandbox.key_count(), 1001);
}

#[test]
fn state_survives_a_restart_and_a_corrupt_file_is_left_alone() {
    let dir = std::env::temp_dir().join(format!("pkp-sandbox-state-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.json");
    let config = || SandboxConfig {
        admin_key: Some(ADMIN_KEY.into()),
        state_file: Some(path.clone()),
        ..SandboxConfig::default()
    };
    {
        let (sandbox, _) = Sandbox::new(config()).unwrap();
        let packet =
            RequestPacket::new(Operation::Create(CreateKey::new(IpList::default(), "kept", "").unwrap()))
                .to_xml();
        sandbox.handle(&AgentRequest {
            body: packet.as_bytes(),
            credentials: key(ADMIN_KEY),
            pretty: false,
            client: LOOPBACK.parse().unwrap(),
        });
    }
    let (restarted, startup) = Sandbox::new(config()).unwrap();
    assert_eq!((startup.keys_loaded, restarted.key_count()), (2, 2));
    std::fs::write(&path, "{ not json").unwrap();
    let error = Sandbox::new(config()).err().expect("refused");
    assert!(error.to_string().contains("corrupt"), "{error}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "{ not json", "left untouched");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn create_for_the_administrators_own_login_gives_the_administrator_a_key() {
    // Plesk's REST spec sends "login": "admin" for a key of the administrator; plesk/pleskapp too.
    let h = Harness::new(false);
    h.create("192.0.2.3", "admin's twin", "admin").expect("accepted");
    let twin = h.list().into_iter().find(|k| k.description == "admin's twin").expect("listed");
    assert_eq!(twin.owner.as_deref(), Some("admin"));
    // A reseller (owners mode) still cannot create a key for the administrator.
    let owners = Harness::new(true);
    let create = CreateKey::new(IpList::parse("192.0.2.3").unwrap(), "", "admin").unwrap();
    let body = RequestPacket::new(Operation::Create(create)).to_xml();
    let ResponseBody::Operations(ops) =
        owners.send_as(&body, login("reseller1", "reseller1-demo"), LOOPBACK).body
    else {
        panic!()
    };
    assert!(matches!(&ops[0], OperationResponse::Create(Err(e)) if e.code == ErrorCode::OwnerNotFound));
}

#[test]
fn a_delete_result_names_the_key_by_its_id_never_by_its_value() {
    // Obsidian "Deleting Secret Keys": the result's key "holds the secret key ID".
    let h = Harness::new(false);
    let NewKey(value) = h.create("192.0.2.4", "by value", "").unwrap();
    let id = h.list().into_iter().find(|k| k.description == "by value").unwrap().id;
    let answer = h.raw(
        &RequestPacket::new(Operation::Delete(KeyList::parse(&value).unwrap())).to_xml(),
        key(ADMIN_KEY),
        LOOPBACK,
        false,
    );
    assert!(!answer.contains(&value), "the value is never echoed: {answer}");
    let ResponseBody::Operations(ops) = parse_response(&answer).unwrap().body else { panic!() };
    assert_eq!(ops[0], OperationResponse::Delete(vec![Ok(Some(id))]));
}

const ANY_ADDRESS_KEY: &str = "aaaaaaaa-0000-4000-8000-000000000001";

fn data_with_any_address_key() -> String {
    format!(
        r#"{{"accounts": [
            {{"login": "admin", "password": "admin-pass", "role": "administrator"}},
            {{"login": "acme", "password": "acme-pass", "role": "reseller", "api_access": true}}
        ],
        "keys": [{{"key": "{ANY_ADDRESS_KEY}", "description": "made by plesk bin secret_key --create"}}]}}"#
    )
}

#[test]
fn a_key_bound_to_no_address_is_listed_as_any_address_and_works_from_anywhere() {
    let h = Harness::with_data(false, Some(&data_with_any_address_key()));
    let keys = h.list();
    let any = keys.iter().find(|k| k.description.starts_with("made by")).expect("seeded");
    assert!(any.ip_addresses.is_empty() && any.binds_any_address(), "{any:?}");
    assert_eq!(any.owner.as_deref(), Some("admin"), "the administrator's when no owner is given");
    for client in ["203.0.113.9", "2001:db8::9", LOOPBACK] {
        assert!(system_code(&h.send_as(LIST_ALL, key(ANY_ADDRESS_KEY), client)).is_none(), "{client}");
    }
    // get_info writes <ip_address/> for it (validated against agent_output.xsd on drop).
    assert!(h.raw(LIST_ALL, key(ADMIN_KEY), LOOPBACK, false).contains("<ip_address/>"));
}

#[test]
fn a_state_file_holds_a_key_bound_to_no_address() {
    let dir = std::env::temp_dir().join(format!("pkp-sandbox-any-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("state.json");
    let config = |data: Option<&str>| SandboxConfig {
        admin_key: Some(ADMIN_KEY.into()),
        accounts: data.map(|json| AccountBook::from_json(json).unwrap()),
        state_file: Some(path.clone()),
        ..SandboxConfig::default()
    };
    drop(Sandbox::new(config(Some(&data_with_any_address_key()))).unwrap());
    // Restarted without the data file's keys: the state still has it, unbound.
    let (restarted, startup) = Sandbox::new(config(None)).unwrap();
    assert_eq!(startup.keys_loaded, 2);
    let answer = restarted.handle(&AgentRequest {
        body: LIST_ALL.as_bytes(),
        credentials: key(ANY_ADDRESS_KEY),
        pretty: false,
        client: "198.51.100.1".parse().unwrap(),
    });
    assert!(answer.contains("<ip_address/>"), "{answer}");
    std::fs::remove_dir_all(&dir).unwrap();
}
