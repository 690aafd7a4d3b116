//! The builtin classes, made once per VM (or once per session, whose runs share them).
//! Methods are attached by `crate::builtins`.

use std::rc::Rc;

use crate::value::class::{AttrMap, BuiltinBase};
use crate::value::{Class, Name, Value};

use super::error::ExcKind;

/// Every builtin class the VM needs to name directly.
#[derive(Clone)]
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub complex: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub none: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub generator: Rc<Class>,
    pub module: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub iterator: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    pub enumerate: Rc<Class>,
    pub zip: Rc<Class>,
    pub map: Rc<Class>,
    pub filter: Rc<Class>,
    pub reversed: Rc<Class>,
    /// The class of the placeholder traceback objects `__exit__` and `__traceback__` see.
    pub traceback: Rc<Class>,
    /// Indexed by `ExcKind as usize`.
    pub exceptions: Vec<Rc<Class>>,
}

/// Makes a builtin class named `name` deriving from `bases`.
pub fn builtin_class(name: &str, bases: Vec<Rc<Class>>, base: BuiltinBase) -> Rc<Class> {
    let mro = crate::value::class::c3_mro(&bases).unwrap_or_default();
    let name: Name = Rc::from(name);
    let mut class = Class::new(
        name.clone(),
        name,
        Rc::from("builtins"),
        bases,
        mro,
        AttrMap::default(),
        base,
    );
    class.builtin = true;
    Rc::new(class)
}

impl Types {
    /// The class of a builtin string or container value, whose methods programs call
    /// most (`xs.append`, `d.get`, `s.split`): borrowed, for the attribute cache.
    #[inline]
    pub fn of_container(&self, v: &Value) -> Option<&Rc<Class>> {
        Some(match v {
            Value::Str(_) => &self.str_,
            Value::Bytes(_) => &self.bytes,
            Value::List(_) => &self.list,
            Value::Tuple(_) => &self.tuple,
            Value::Dict(_) => &self.dict,
            Value::Set(_) => &self.set,
            Value::FrozenSet(_) => &self.frozenset,
            _ => return None,
        })
    }

    /// Creates the builtin class hierarchy.
    pub fn new() -> Types {
        use BuiltinBase as B;
        let object = builtin_class("object", vec![], B::Object);
        let o = || vec![object.clone()];
        let int = builtin_class("int", o(), B::Int);
        let bool_ = builtin_class("bool", vec![int.clone()], B::Final);
        let mut exceptions: Vec<Rc<Class>> = Vec::with_capacity(ExcKind::ALL.len());
        for kind in ExcKind::ALL {
            let parent = kind
                .parent()
                .and_then(|p| exceptions.get(p as usize).cloned())
                .unwrap_or_else(|| object.clone());
            exceptions.push(builtin_class(kind.name(), vec![parent], B::Exception));
        }
        Types {
            type_: builtin_class("type", o(), B::Final),
            bool_,
            float: builtin_class("float", o(), B::Float),
            complex: builtin_class("complex", o(), B::Final),
            str_: builtin_class("str", o(), B::Str),
            bytes: builtin_class("bytes", o(), B::Bytes),
            bytearray: builtin_class("bytearray", o(), B::Final),
            list: builtin_class("list", o(), B::List),
            tuple: builtin_class("tuple", o(), B::Tuple),
            dict: builtin_class("dict", o(), B::Dict),
            set: builtin_class("set", o(), B::Set),
            frozenset: builtin_class("frozenset", o(), B::FrozenSet),
            range: builtin_class("range", o(), B::Final),
            slice: builtin_class("slice", o(), B::Final),
            none: builtin_class("NoneType", o(), B::Final),
            function: builtin_class("function", o(), B::Final),
            builtin_function: builtin_class("builtin_function_or_method", o(), B::Final),
            method: builtin_class("method", o(), B::Final),
            generator: builtin_class("generator", o(), B::Final),
            module: builtin_class("module", o(), B::Final),
            property: builtin_class("property", o(), B::Final),
            staticmethod: builtin_class("staticmethod", o(), B::Final),
            classmethod: builtin_class("classmethod", o(), B::Final),
            super_: builtin_class("super", o(), B::Final),
            ellipsis: builtin_class("ellipsis", o(), B::Final),
            not_implemented: builtin_class("NotImplementedType", o(), B::Final),
            iterator: builtin_class("iterator", o(), B::Final),
            dict_keys: builtin_class("dict_keys", o(), B::Final),
            dict_values: builtin_class("dict_values", o(), B::Final),
            dict_items: builtin_class("dict_items", o(), B::Final),
            enumerate: builtin_class("enumerate", o(), B::Final),
            zip: builtin_class("zip", o(), B::Final),
            map: builtin_class("map", o(), B::Final),
            filter: builtin_class("filter", o(), B::Final),
            reversed: builtin_class("reversed", o(), B::Final),
            traceback: builtin_class("traceback", o(), B::Final),
            int,
            object,
            exceptions,
        }
    }

    /// The class of a builtin exception kind.
    pub fn exception(&self, kind: ExcKind) -> Rc<Class> {
        self.exceptions
            .get(kind as usize)
            .cloned()
            .unwrap_or_else(|| self.object.clone())
    }

    /// The class of any value.
    pub fn of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::List(_)
            | Value::Tuple(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_) => self
                .of_container(v)
                .cloned()
                .unwrap_or_else(|| self.object.clone()),
            Value::None => self.none.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::ByteArray(_) => self.bytearray.clone(),
            Value::DictView(v) => match v.kind {
                crate::value::ViewKind::Keys => self.dict_keys.clone(),
                crate::value::ViewKind::Values => self.dict_values.clone(),
                crate::value::ViewKind::Items => self.dict_items.clone(),
            },
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Native(_) | Value::Host(_) => self.builtin_function.clone(),
            Value::BoundMethod(_) => self.method.clone(),
            Value::Class(_) => self.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Iter(it) => match it.type_name() {
                "enumerate" => self.enumerate.clone(),
                "zip" => self.zip.clone(),
                "map" => self.map.clone(),
                "filter" => self.filter.clone(),
                "reversed" => self.reversed.clone(),
                _ => self.iterator.clone(),
            },
            Value::Generator(_) => self.generator.clone(),
            Value::Module(_) => self.module.clone(),
            Value::Descriptor(d) => match ***d {
                crate::value::Descriptor::Property { .. } => self.property.clone(),
                crate::value::Descriptor::StaticMethod(_) => self.staticmethod.clone(),
                crate::value::Descriptor::ClassMethod(_) => self.classmethod.clone(),
                crate::value::Descriptor::Super { .. } => self.super_.clone(),
            },
            Value::Ellipsis => self.ellipsis.clone(),
            Value::NotImplemented => self.not_implemented.clone(),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}
