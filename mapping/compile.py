"""Compiling a declaration into one specialised Python function.

Like cattrs' own ``make_dict_structure_fn``, the compiler writes the source of
a function for one (source model, target model) pair and ``exec``s it once:
every rule becomes a few straight-line statements (attribute read, absence
test, transform call guarded by ``try``), and the target model is built with
one constructor call.  No per-record interpretation of the declaration is
left, which is what makes the typed pipeline as fast as an untyped dict copy.

The generated function takes a source model instance and a
:class:`~mapping.declaration.Context`, returns a target model instance, and
raises :class:`~mapping.errors.RecordFailed` with every failure of the record
(paths in wire names) -- a bad field never hides the next one.
"""

from __future__ import annotations

import enum
import functools
import linecache
import re
import typing
from collections.abc import Callable
from typing import Any

import attrs

from mapping import converter, models
from mapping.declaration import ABSENT, Context, Declaration, Rule
from mapping.errors import MappingFailure, Reason, RecordFailed
from mapping.transforms import parse_string_bool

Compiled = Callable[[Any, Context], Any]

_STEP = re.compile(r"([^.\[\]]+)(\[\??[^\]]*\])?")


class DeclarationError(Exception):
    """A declaration names a field its model does not have (a programming error)."""


def _steps(path: str) -> list[tuple[str, str | None]]:
    """``lines.addresses[?default_billing].city`` -> [(lines, None), (addresses, ?default_billing), (city, None)]."""
    steps = []
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if match is None:
            raise DeclarationError(f"bad path {path!r}")
        name, index = match.groups()
        steps.append((name, index[1:-1] if index else None))
    return steps


def _element_type(tp: Any) -> Any:
    inner, _ = models.strip_unset(tp)
    if typing.get_origin(inner) is list:
        return typing.get_args(inner)[0]
    return inner


def _model_of(tp: Any) -> type:
    inner = _element_type(tp)
    if not (isinstance(inner, type) and attrs.has(inner)):
        raise DeclarationError(f"{tp!r} is not a model")
    return inner


def _getter(cls: type, path: str) -> tuple[Callable[[Any], Any], type | None]:
    """``source -> value | ABSENT`` for a nested path, and the leaf's model (if any)."""
    unset = models.unset_of(models.client_package(cls))
    plan: list[tuple[str, str | None]] = []
    current: Any = cls
    leaf: type | None = None
    for name, index in _steps(path):
        if not attrs.has(current):
            raise DeclarationError(f"{path!r}: {name!r} is inside a non-object")
        try:
            attr = models.attr_names(models.resolved(current))[name]
        except KeyError:
            raise DeclarationError(
                f"{current.__qualname__} has no field {name!r} (in {path!r})"
            ) from None
        plan.append((attr, index))
        tp = attrs.fields_dict(current)[attr].type
        if index == "":
            leaf = _model_of(tp)
            current = leaf
        else:
            inner = _element_type(tp) if index else models.strip_unset(tp)[0]
            current = inner
            leaf = inner if isinstance(inner, type) and attrs.has(inner) else None

    def get(source: Any) -> Any:
        value = source
        for attr, index in plan:
            value = getattr(value, attr)
            if value is unset or value is None or value == "":
                return ABSENT
            if index:
                value = _pick(value, index[1:])
                if value is ABSENT:
                    return ABSENT
        return value

    return get, leaf


def _pick(items: Any, flag: str) -> Any:
    """The element whose string-boolean ``flag`` is true, else the first one."""
    if not items:
        return ABSENT
    for item in items:
        marker = getattr(item, flag, None)
        if marker is not None and marker.__class__ is not object:
            try:
                if parse_string_bool(marker):
                    return item
            except MappingFailure:
                continue
    return items[0]


@attrs.define
class _Target:
    """A node of the target tree: a model and its fields by wire name."""

    cls: type
    fields: dict[str, str | _Target] = attrs.Factory(dict)
    single: bool = False
    """Built as a one-element array (target path ``name[0]``)."""


def _required(cls: type) -> set[str]:
    names = models.wire_names(models.resolved(cls))
    return {
        names[f.name]
        for f in attrs.fields(cls)
        if f.name in names and f.default is attrs.NOTHING and f.init
    }


class _Writer:
    """Accumulates the generated function's source and its globals."""

    def __init__(self, source_cls: type, target_cls: type) -> None:
        self.lines: list[str] = []
        self.globs: dict[str, Any] = {
            "ABSENT": ABSENT,
            "MappingFailure": MappingFailure,
            "RecordFailed": RecordFailed,
            "MISSING": Reason.MISSING,
            "SU": models.unset_of(models.client_package(source_cls)),
            "TU": models.unset_of(models.client_package(target_cls)),
        }
        self.counter = 0
        self.present: set[str] = set()
        """Variables known at compile time to hold a value (constants)."""

    def glob(self, prefix: str, value: Any) -> str:
        self.counter += 1
        name = f"{prefix}{self.counter}"
        self.globs[name] = value
        return name

    def emit(self, line: str, depth: int = 1) -> None:
        self.lines.append("    " * depth + line)


def compile_declaration(
    declaration: Declaration, source_cls: type, target_cls: type
) -> Compiled:
    """The specialised ``(source, ctx) -> target`` function of a declaration."""
    source_cls = models.resolved(source_cls)
    target_cls = models.resolved(target_cls)
    w = _Writer(source_cls, target_cls)
    w.emit("fails = []")
    root = _Target(target_cls)
    done: dict[tuple[tuple[str, ...], int, bool], str] = {}
    for number, rule in enumerate(declaration.rules):
        var = f"t{number}"
        targets = rule.target.split(", ")
        if len(targets) == 1:
            # The same transform of the same source feeding two targets (a
            # date that is both invoiceDate and postDate) runs once.
            key = (rule.sources, id(rule.transform), rule.required)
            if key in done and rule.sources and not _special(target_cls, rule.target):
                w.emit(f"{var} = {done[key]}")
            else:
                _emit_rule(w, rule, var, source_cls, target_cls)
                done[key] = var
            _place(root, rule.target, var)
            continue
        _emit_multi(w, rule, var, source_cls, target_cls, targets)
        for k, target in enumerate(targets):
            _place(root, target, f"{var}_{k}")
    w.emit("if fails:")
    w.emit("raise RecordFailed(fails)", 2)
    w.emit(f"return {_construct(w, root, '')}")
    name = f"map_{source_cls.__name__}_to_{target_cls.__name__}"
    script = f"def {name}(s, ctx):\n" + "\n".join(w.lines) + "\n"
    filename = f"<mapping {source_cls.__qualname__} -> {target_cls.__qualname__}>"
    linecache.cache[filename] = (len(script), None, script.splitlines(True), filename)
    exec(compile(script, filename, "exec"), w.globs)
    fn: Compiled = w.globs[name]
    return fn


def _place(root: _Target, target: str, var: str) -> None:
    node = root
    parts = target.removesuffix("[]").split(".")
    for raw in parts[:-1]:
        part = raw.removesuffix("[0]")
        child = node.fields.get(part)
        if child is None:
            tp = models.field_type(node.cls, part)
            child = _Target(_model_of(tp), single=raw.endswith("[0]"))
            node.fields[part] = child
        if not isinstance(child, _Target):
            raise DeclarationError(
                f"{target!r}: {part!r} is both a value and an object"
            )
        node = child
    if parts[-1] in node.fields:
        raise DeclarationError(f"{target!r} is declared twice")
    models.field_type(node.cls, parts[-1])  # raises KeyError for an unknown field
    node.fields[parts[-1]] = var


def _construct(w: _Writer, node: _Target, prefix: str) -> str:
    """An expression building ``node.cls``; required fields checked first."""
    attr_of = models.attr_names(models.resolved(node.cls))
    required = _required(node.cls)
    missing = required - node.fields.keys()
    if missing:
        raise DeclarationError(
            f"{node.cls.__qualname__}: no rule for required {sorted(missing)}"
        )
    args = []
    for wire, value in node.fields.items():
        if isinstance(value, _Target):
            inner = _construct(w, value, f"{prefix}{wire}.")
            w.counter += 1
            var = f"n{w.counter}"
            vars_in = _vars(value)
            if w.present.intersection(vars_in):
                # A constant inside: the object is always there.
                w.emit(f"{var} = {inner}")
            else:
                test = " or ".join(f"{v} is not TU" for v in vars_in) or "False"
                w.emit(f"{var} = ({inner}) if ({test}) else TU")
            args.append(f"{attr_of[wire]}={var}")
        else:
            args.append(f"{attr_of[wire]}={value}")
    cls_name = w.glob("C", node.cls)
    built = f"{cls_name}({', '.join(_positional(w, node.cls, args))})"
    return f"[{built}]" if node.single else built


def _positional(w: _Writer, cls: type, args: list[str]) -> list[str]:
    """``args`` (``attr=expr``) in ``__init__`` order, unset fields as ``TU``.

    A positional call skips the keyword matching of a wide constructor; it is
    used only when every field left out defaults to the client's ``UNSET``.
    """
    given = dict(arg.split("=", 1) for arg in args)
    unset = w.globs["TU"]
    ordered = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        if field.kw_only or (field.name not in given and field.default is not unset):
            return args
        ordered.append(given.pop(field.name, "TU"))
    return args if given else ordered


def _vars(node: _Target) -> list[str]:
    found: list[str] = []
    for value in node.fields.values():
        found.extend(_vars(value) if isinstance(value, _Target) else [value])
    return found


def _emit_rule(
    w: _Writer, rule: Rule, var: str, source_cls: type, target_cls: type
) -> None:
    tf = rule.transform
    path = rule.sources[0].removesuffix("[]") if len(rule.sources) == 1 else ""
    shown_path = ", ".join(rule.sources)
    p = w.glob("P", shown_path)
    t = w.glob("T", rule.target.removesuffix("[]"))
    required = rule.required or _target_required(target_cls, rule.target)

    fn = _coerced(tf.fn, _target_type(target_cls, rule.target))
    identity = tf.identity and fn is tf.fn
    if not rule.sources and tf.name == "constant":
        # Constants are computed (and coerced to the target type) once.
        value = fn(ABSENT, None)  # type: ignore[arg-type]
        w.emit(f"{var} = {w.glob('K', value)}")
        if value is not ABSENT and value is not w.globs["TU"]:
            w.present.add(var)
        return
    f = w.glob("F", fn)
    if len(rule.sources) == 1 and _is_simple(path) and not tf.takes_absent:
        _emit_simple(w, rule, var, source_cls, path, f, p, t, required, identity)
        return
    if len(rule.sources) > 1:
        parts = []
        for k, source in enumerate(rule.sources):
            _emit_get(w, source_cls, source, f"v{k}")
            parts.append(f"v{k}")
        w.emit(f"v = ({', '.join(parts)},)")
    elif len(rule.sources) == 1:
        _emit_get(w, source_cls, path, "v")
    else:
        w.emit("v = ABSENT")

    if len(rule.sources) > 1 or tf.takes_absent:
        w.emit("try:")
        w.emit(f"{var} = {f}(v, ctx)", 2)
        w.emit("except MappingFailure as e:")
        w.emit(f"fails.extend(e.all_located({p}, {t}))", 2)
        w.emit(f"{var} = TU", 2)
        w.emit(f"if {var} is ABSENT:")
        _emit_absent(w, var, p, t, required, depth=2)
        return
    w.emit("if v is ABSENT:")
    _emit_absent(w, var, p, t, required, depth=2)
    w.emit("else:")
    if identity:
        w.emit(f"{var} = v", 2)
        return
    w.emit("try:", 2)
    w.emit(f"{var} = {f}(v, ctx)", 3)
    w.emit("except MappingFailure as e:", 2)
    w.emit(f"fails.extend(e.all_located({p}, {t}))", 3)
    w.emit(f"{var} = TU", 3)
    w.emit(f"if {var} is ABSENT:", 2)
    _emit_absent(w, var, p, t, required, depth=3)


def _is_simple(path: str) -> bool:
    steps = _steps(path)
    return len(steps) == 1 and steps[0][1] is None


def _emit_simple(
    w: _Writer,
    rule: Rule,
    var: str,
    source_cls: type,
    path: str,
    f: str,
    p: str,
    t: str,
    required: bool,
    identity: bool,
) -> None:
    """A top-level source field: read, test for absence, transform, in place."""
    _getter(source_cls, path)  # validates the name
    attr = models.attr_names(source_cls)[path]
    inner, _nullable = models.strip_unset(attrs.fields_dict(source_cls)[attr].type)
    empty = f' or {var} == ""' if inner is str or inner is Any else ""
    w.emit(f"{var} = s.{attr}")
    w.emit(f"if {var} is SU or {var} is None{empty}:")
    _emit_absent(w, var, p, t, required, depth=2)
    if identity:
        return
    d = 2
    if rule.transform.passes and _coerced_fn_is_plain(rule, f, w):
        # The transform's own fast test; the call only when it fails.
        w.emit(f"elif not ({rule.transform.passes.format(v=var)}):")
    else:
        w.emit("else:")
    w.emit("try:", d)
    w.emit(f"{var} = {f}({var}, ctx)", d + 1)
    w.emit("except MappingFailure as e:", d)
    w.emit(f"fails.extend(e.all_located({p}, {t}))", d + 1)
    w.emit(f"{var} = TU", d + 1)
    w.emit(f"if {var} is ABSENT:", d)
    _emit_absent(w, var, p, t, required, depth=d + 1)


def _coerced_fn_is_plain(rule: Rule, f: str, w: _Writer) -> bool:
    """Whether the compiled call is the transform itself (no target coercion)."""
    return w.globs[f] is rule.transform.fn


def _emit_multi(
    w: _Writer,
    rule: Rule,
    var: str,
    source_cls: type,
    target_cls: type,
    targets: list[str],
) -> None:
    """A rule whose transform returns one value per target (a tuple)."""
    getters = [w.glob("G", _getter(source_cls, s)[0]) for s in rule.sources]
    p = w.glob("P", ", ".join(rule.sources))
    t = w.glob("T", rule.target)
    f = w.glob("F", rule.transform.fn)
    w.emit(f"v = ({', '.join(f'{g}(s)' for g in getters)},)")
    w.emit("try:")
    w.emit(f"{var} = {f}(v, ctx)", 2)
    w.emit("except MappingFailure as e:")
    w.emit(f"fails.extend(e.all_located({p}, {t}))", 2)
    w.emit(f"{var} = None", 2)
    for k, target in enumerate(targets):
        coerce = _coerced(lambda value, _ctx: value, _target_type(target_cls, target))
        c = w.glob("K", coerce)
        tk = w.glob("T", target)
        w.emit(f"if {var} is None:")
        w.emit(f"{var}_{k} = TU", 2)
        w.emit(f"elif {var}[{k}] is ABSENT:")
        _emit_absent(
            w,
            f"{var}_{k}",
            p,
            tk,
            rule.required or _target_required(target_cls, target),
            2,
        )
        w.emit("else:")
        w.emit(f"{var}_{k} = {c}({var}[{k}], ctx)", 2)


def _emit_get(w: _Writer, source_cls: type, path: str, var: str) -> None:
    """``var = <value at path> | ABSENT``; a top-level field is read inline."""
    getter, _ = _getter(source_cls, path)  # also validates the path
    steps = _steps(path)
    if len(steps) == 1 and steps[0][1] is None:
        attr = models.attr_names(source_cls)[steps[0][0]]
        inner, _nullable = models.strip_unset(attrs.fields_dict(source_cls)[attr].type)
        w.emit(f"{var} = s.{attr}")
        empty = f' or {var} == ""' if inner is str or inner is Any else ""
        w.emit(f"if {var} is SU or {var} is None{empty}:")
        w.emit(f"{var} = ABSENT", 2)
    else:
        w.emit(f"{var} = {w.glob('G', getter)}(s)")


def _emit_absent(
    w: _Writer, var: str, p: str, t: str, required: bool, depth: int
) -> None:
    w.emit(f"{var} = TU", depth)
    if required:
        w.emit(
            f"fails.append(MappingFailure(MISSING, 'required by the target', path={p}, target={t}))",
            depth,
        )


def _special(target_cls: type, target: str) -> bool:
    """Whether a target needs a conversion of its own (enum, model, required)."""
    inner, _ = models.strip_unset(_target_type(target_cls, target))
    return (
        _target_required(target_cls, target)
        or (
            isinstance(inner, type)
            and (issubclass(inner, enum.Enum) or attrs.has(inner))
        )
        or typing.get_origin(inner) is list
    )


def _coerced(fn: Compiled, target_type: Any) -> Compiled:
    """``fn`` followed by the conversion its plain value needs to fit the target.

    Transforms produce wire-level values (``"vendor"``, ``{...}``); a target
    model field may be an enum or a free-form object model, which its
    generated ``to_dict`` expects as such.
    """
    inner, _ = models.strip_unset(target_type)
    if isinstance(inner, type) and issubclass(inner, enum.Enum):
        members = inner

        def to_enum(value: Any, ctx: Context) -> Any:
            result = fn(value, ctx)
            if result is ABSENT or isinstance(result, members):
                return result
            try:
                return members(result)
            except ValueError:
                raise MappingFailure(
                    Reason.UNKNOWN_ENUM,
                    f"{result!r} is not one of {[m.value for m in members]}",
                ) from None

        return to_enum
    if typing.get_origin(inner) is list and attrs.has(typing.get_args(inner)[0]):
        structure_list = converter.structure_hook(inner)

        def to_models(value: Any, ctx: Context) -> Any:
            result = fn(value, ctx)
            if isinstance(result, list | tuple):
                return structure_list(list(result))
            return result

        return to_models
    if isinstance(inner, type) and attrs.has(inner) and not models.wire_names(inner):
        free_form = inner  # only additional properties: no checks to run

        def to_free_form(value: Any, ctx: Context) -> Any:
            result = fn(value, ctx)
            if isinstance(result, dict):
                instance: Any = free_form()
                instance.additional_properties = result
                return instance
            return result

        return to_free_form
    if isinstance(inner, type) and attrs.has(inner):
        structure = converter.structure_hook(inner)

        def to_model(value: Any, ctx: Context) -> Any:
            result = fn(value, ctx)
            if isinstance(result, dict):
                return structure(result)
            return result

        return to_model
    return fn


def _target_type(target_cls: type, target: str) -> Any:
    node: Any = target_cls
    parts = target.removesuffix("[]").split(".")
    for part in parts[:-1]:
        node = _model_of(models.field_type(node, part.removesuffix("[0]")))
    return models.field_type(node, parts[-1])


def _target_required(target_cls: type, target: str) -> bool:
    node: Any = target_cls
    parts = target.removesuffix("[]").split(".")
    for raw in parts[:-1]:
        part = raw.removesuffix("[0]")
        if part not in _required(node):
            return False
        node = _model_of(models.field_type(node, part))
    return parts[-1] in _required(node)


@functools.cache
def compiled(declaration: Declaration, source_cls: type, target_cls: type) -> Compiled:
    """:func:`compile_declaration`, once per (declaration, models)."""
    return compile_declaration(declaration, source_cls, target_cls)
