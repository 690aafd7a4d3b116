//! Host functions and the run's result through the native API: sync calls, errors,
//! capabilities withheld by the policy, async calls that suspend and resume the run,
//! and streamed output.

use std::cell::RefCell;
use std::rc::Rc;

use sandpit::host::{Host, HostCall, HostError, HostReply, HostValue};
use sandpit::policy::{Policy, Preset, ViolationKind};
use sandpit::{RunOutput, RunState, Sandbox};

/// A host with a few functions: `add` (sync), `fail` (raises), `fetch` (async), and a
/// record of what was printed.
#[derive(Default)]
struct TestHost {
    calls: RefCell<Vec<HostCall>>,
    printed: RefCell<Vec<String>>,
}

impl Host for TestHost {
    fn names(&self) -> Vec<String> {
        ["add", "fail", "fetch", "secret"]
            .map(String::from)
            .to_vec()
    }

    fn call(&self, call: HostCall, can_suspend: bool) -> HostReply {
        self.calls.borrow_mut().push(call.clone());
        match (call.name.as_str(), call.args.as_slice()) {
            ("add", [HostValue::Int(a), HostValue::Int(b)]) => {
                HostReply::Return(HostValue::Int(a + b))
            }
            ("fail", _) => HostReply::Raise(HostError {
                exc_type: "ValueError".into(),
                message: "no such price".into(),
            }),
            ("fetch", _) if can_suspend => HostReply::Suspend,
            ("fetch", _) => HostReply::Raise(HostError {
                exc_type: "RuntimeError".into(),
                message: "fetch needs an async run".into(),
            }),
            _ => HostReply::Return(HostValue::None),
        }
    }

    fn output(&self, text: &str) {
        self.printed.borrow_mut().push(text.to_string());
    }
}

fn sandbox(host: &Rc<TestHost>) -> Sandbox {
    let mut policy: Policy = Preset::Teaching.policy();
    policy.host_functions = ["add", "fail", "fetch"].map(String::from).to_vec();
    let mut sb = Sandbox::with_policy(policy);
    sb.set_host(host.clone());
    sb
}

fn summary(out: &RunOutput) -> String {
    out.error
        .as_ref()
        .map(|e| e.summary.clone())
        .unwrap_or_default()
}

#[test]
fn sync_host_functions_are_called_like_python_functions() {
    let host = Rc::new(TestHost::default());
    let out = sandbox(&host).run("x = add(2, 3)\nprint(x, add)\nadd(x, 10)\n");
    assert_eq!(out.stdout, "5 <host function add>\n");
    assert_eq!(out.result, Some(HostValue::Int(15)));
    assert_eq!(out.result_repr.as_deref(), Some("15"));
    assert_eq!(host.calls.borrow().len(), 2);
    assert_eq!(host.printed.borrow().concat(), "5 <host function add>\n");
}

#[test]
fn host_errors_become_python_exceptions() {
    let host = Rc::new(TestHost::default());
    let out = sandbox(&host)
        .run("try:\n    fail()\nexcept ValueError as e:\n    print('caught', e)\nfail()\n");
    assert_eq!(out.stdout, "caught no such price\n");
    assert_eq!(summary(&out), "ValueError: no such price");
}

#[test]
fn arguments_that_cannot_cross_are_type_errors() {
    let host = Rc::new(TestHost::default());
    let out = sandbox(&host).run("add(2, object())\n");
    assert_eq!(
        summary(&out),
        "TypeError: add() argument: a 'object' value cannot be passed to the host"
    );
    let out = sandbox(&host).run("x = []\nx.append(x)\nadd(x, 1)\n");
    assert!(
        summary(&out).contains("nested too deeply"),
        "{}",
        summary(&out)
    );
}

#[test]
fn host_functions_the_policy_does_not_list_are_withheld() {
    let host = Rc::new(TestHost::default());
    let out = sandbox(&host).run("secret()\n");
    assert_eq!(
        summary(&out),
        "NameError: name 'secret' is not defined (host function 'secret' is not allowed by the sandbox policy)"
    );
    assert_eq!(out.violations.len(), 1);
    assert_eq!(out.violations[0].kind, ViolationKind::Host);
    assert_eq!(out.violations[0].line, 1);
    assert!(host.calls.borrow().is_empty());
}

#[test]
fn async_host_calls_suspend_and_resume_the_run() {
    let host = Rc::new(TestHost::default());
    let sb = sandbox(&host);
    let source = "def total(names):\n    s = 0\n    for n in names:\n        s += fetch(n)\n    return s\nprint('start')\nt = total(['a', 'b'])\nprint('total', t)\nt\n";
    let mut state = sb.start(source, &[]);
    let mut answers = vec![HostValue::Int(40), HostValue::Int(2)].into_iter();
    let mut asked = Vec::new();
    let out = loop {
        match state {
            RunState::Done(out) => break out,
            RunState::Suspended(run) => {
                let call = run.call().cloned().expect("a pending call");
                asked.push(call.args.clone());
                state = run.resume(Ok(answers.next().expect("an answer")));
            }
        }
    };
    assert_eq!(
        asked,
        vec![
            vec![HostValue::Str("a".into())],
            vec![HostValue::Str("b".into())]
        ]
    );
    assert_eq!(out.stdout, "start\ntotal 42\n");
    assert_eq!(out.result, Some(HostValue::Int(42)));
    assert!(out.error.is_none());
}

#[test]
fn a_rejected_async_call_raises_at_the_call() {
    let host = Rc::new(TestHost::default());
    let sb = sandbox(&host);
    let source = "try:\n    fetch('x')\nexcept KeyError as e:\n    print('missing', e)\n";
    let RunState::Suspended(run) = sb.start(source, &[]) else {
        panic!("expected the run to suspend");
    };
    let error = HostError {
        exc_type: "KeyError".into(),
        message: "x".into(),
    };
    let RunState::Done(out) = run.resume(Err(error)) else {
        panic!("expected the run to finish");
    };
    assert_eq!(out.stdout, "missing 'x'\n");
}

#[test]
fn async_calls_from_inside_builtins_cannot_suspend() {
    let host = Rc::new(TestHost::default());
    let sb = sandbox(&host);
    let RunState::Done(out) = sb.start("list(map(fetch, ['a']))\n", &[]) else {
        panic!("a call from inside map must not suspend");
    };
    assert_eq!(summary(&out), "RuntimeError: fetch needs an async run");
}

#[test]
fn inputs_and_results_cross_as_plain_values() {
    let sb = Sandbox::with_policy(Preset::Teaching.policy());
    let inputs = vec![(
        "data".to_string(),
        HostValue::Dict(vec![(
            HostValue::Str("xs".into()),
            HostValue::List(vec![
                HostValue::Int(1),
                HostValue::BigInt("123456789012345678901234567890".into()),
            ]),
        )]),
    )];
    let RunState::Done(out) = sb.start("data['xs'][1] + 1, {1: b'x'}, {2.5}\n", &inputs) else {
        panic!("no host functions here");
    };
    assert_eq!(
        out.result,
        Some(HostValue::Tuple(vec![
            HostValue::BigInt("123456789012345678901234567891".into()),
            HostValue::Dict(vec![(HostValue::Int(1), HostValue::Bytes(b"x".to_vec()))]),
            HostValue::List(vec![HostValue::Float(2.5)]),
        ]))
    );
    let RunState::Done(out) = sb.start("class A: pass\nA()\n", &[]) else {
        panic!("no host functions here");
    };
    assert_eq!(out.result, None);
    assert!(out
        .result_repr
        .unwrap_or_default()
        .starts_with("<__main__.A object at 0x"));
}
