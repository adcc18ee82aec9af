"""`marsad actors ...`: the knowledge base on the command line; each command wraps one library call.

The base every command sees = the shipped YAML + the store's actors (the user's additions and accepted
discoveries), so corrections live in the database and survive upgrades of the YAML.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
import yaml

from marsad.actors.base import ActorBase, actors_from_raw
from marsad.actors.graph import build_graph, to_graphml, to_json
from marsad.actors.schema import KINDS, parse_yaml
from marsad.actors.userbase import (
    actor_from_pending,
    patron_names,
    resolve_id,
    slug,
)
from marsad.cli.errors import DbOption, handles_errors
from marsad.errors import ActorBaseError, InputError, MarsadError, NotFoundError
from marsad.settings import get_settings
from marsad.store import Store
from marsad.types import Actor

actors_app = typer.Typer(
    help="The actor knowledge base: list, show, add, import, export, review, graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
pending_app = typer.Typer(add_completion=False)  # help: the callback docstring
actors_app.add_typer(pending_app, name="pending")



def open_store(db_url: str) -> Store:
    return Store.open(db_url)


def stored_actors(db_url: str) -> list[Actor]:
    """Every actor the store holds (the user's and accepted discoveries)."""
    with Store.open(db_url) as store:
        return store.list_actors()


def _db_url(db: str | None) -> str:
    return db or get_settings().db_url


def _store_exists(url: str) -> bool:
    """A SQLite file that is not there yet has no user actors (and reading should not create it)."""
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url.removeprefix("sqlite:///")).exists()
    return True


def current_base(db: str | None) -> ActorBase:
    """The shipped base plus the store's actors."""
    url = _db_url(db)
    extra = stored_actors(url) if _store_exists(url) else []
    return ActorBase.load(extra=extra)


def _lookup(base: ActorBase, reference: str) -> Actor:
    if base.has(reference):
        return base.get(reference)
    actor = base.by_name(reference) or base.find(reference)
    if actor is None:
        raise NotFoundError(f"no actor '{reference}'; try `marsad actors list` to see ids and names")
    return actor


@actors_app.command("list")
@handles_errors
def list_actors(
    kind: Annotated[str | None, typer.Option(help=f"Only this kind ({', '.join(sorted(KINDS))}).")] = None,
    country: Annotated[str | None, typer.Option(help="Only actors of this country.")] = None,
    db: DbOption = None,
) -> None:
    """List actors: id, inter, kind, country, canonical name.

    Example: marsad actors list --kind political-militia --country Syria
    """
    for actor in current_base(db):
        if kind and actor.kind != kind or country and (actor.country or "").casefold() != country.casefold():
            continue
        typer.echo(f"{actor.id:<34} {actor.inter}  {actor.kind:<18} {actor.country or '-':<14} {actor.name}")


@actors_app.command()
@handles_errors
def show(
    name: Annotated[str, typer.Argument(help="An id, canonical name or alias (any spelling).")],
    db: DbOption = None,
) -> None:
    """Show one actor with its aliases, parent, patrons and subordinates.

    Example: marsad actors show Fatimyon
    """
    base = current_base(db)
    actor = _lookup(base, name)
    typer.echo(yaml.safe_dump(_as_yaml(actor, base), allow_unicode=True, sort_keys=False).rstrip())
    children = base.children(actor.id)
    if children:
        typer.echo("subordinates:\n" + "\n".join(f"- {c.name}" for c in children))


@actors_app.command()
@handles_errors
def add(
    name: Annotated[str, typer.Option(help="Canonical name (ACLED's where ACLED has the actor).")],
    inter: Annotated[int, typer.Option(help="ACLED interaction code 1..8.")],
    kind: Annotated[str, typer.Option(help=f"One of {', '.join(sorted(KINDS))}.")],
    alias: Annotated[list[str] | None, typer.Option(help="An alias; repeat for more.")] = None,
    backed_by: Annotated[
        list[str] | None, typer.Option(help="A patron (id or name); repeat for more.")
    ] = None,
    part_of: Annotated[str | None, typer.Option(help="The parent actor (id or name).")] = None,
    country: Annotated[str | None, typer.Option(help="Country, e.g. Syria.")] = None,
    actor_id: Annotated[str | None, typer.Option("--id", help="Id (default: a slug of the name).")] = None,
    db: DbOption = None,
) -> None:
    """Add (or replace) an actor in the store, origin user.

    Example: marsad actors add --name "Al-Sheikh Brigade" --inter 3 --kind political-militia
    --backed-by IRGC --alias "Liwa al-Sheikh" --country Syria
    """
    if not 1 <= inter <= 8:
        raise ActorBaseError(f"--inter must be 1..8 (ACLED interaction code), got {inter}")
    if kind not in KINDS:
        raise ActorBaseError(f"--kind must be one of {', '.join(sorted(KINDS))}, got {kind!r}")
    base = current_base(db)
    actor = Actor(
        id=actor_id or slug(name),
        name=name,
        inter=inter,
        kind=kind,
        country=country,
        aliases=tuple(alias or ()),
        part_of=resolve_id(base, part_of),
        backed_by=patron_names(base, backed_by or ()),
    )
    with open_store(_db_url(db)) as store:
        store.save_actor(actor, origin="user")
    typer.echo(f"saved {actor.id}: {actor.name}")


@actors_app.command("import")
@handles_errors
def import_file(
    file: Annotated[
        Path, typer.Argument(help="A YAML file with a top-level actors: list (the shipped schema).")
    ],
    db: DbOption = None,
) -> None:
    """Validate a YAML file of actors and store them (origin user); errors give FILE:LINE.

    Example: marsad actors import my-actors.yaml
    """
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"{file}: cannot read ({exc.strerror}); check the path") from exc
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(f"{file}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x}); save the file as UTF-8 "
                         "(e.g. iconv -f latin1 -t utf-8)") from exc
    base = current_base(db)
    raws = parse_yaml(text, file.name)
    actors, _ = actors_from_raw(raws, known={a.id: a for a in base})
    with open_store(_db_url(db)) as store:
        for actor in actors:
            store.save_actor(actor, origin="user")
    typer.echo(f"imported {len(actors)} actor(s) from {file}")


@actors_app.command()
@handles_errors
def export(
    fmt: Annotated[str, typer.Option("--format", help="yaml or json.")] = "yaml",
    db: DbOption = None,
) -> None:
    """Print the whole base (shipped + stored) in the YAML schema, or as JSON.

    Example: marsad actors export --format yaml > actors.yaml
    """
    base = current_base(db)
    document = {"actors": [_as_yaml(actor, base) for actor in base]}
    if fmt == "yaml":
        sys.stdout.write(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
    elif fmt == "json":
        sys.stdout.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        raise MarsadError(f"--format {fmt!r}: choose yaml or json")


@actors_app.command()
@handles_errors
def graph(
    fmt: Annotated[str, typer.Option("--format", help="graphml or json.")] = "graphml",
    db: DbOption = None,
) -> None:
    """Print the affiliation graph (part_of and backed_by edges).

    Example: marsad actors graph --format graphml > actors.graphml
    """
    data = build_graph(current_base(db))
    if fmt == "graphml":
        sys.stdout.write(to_graphml(data) + "\n")
    elif fmt == "json":
        sys.stdout.write(to_json(data) + "\n")
    else:
        raise MarsadError(f"--format {fmt!r}: choose graphml or json")


@pending_app.callback(invoke_without_command=True)
@handles_errors
def pending(ctx: typer.Context, db: DbOption = None) -> None:
    """List discovered actors waiting for review (accept or reject them by id).

    Example: marsad actors pending
    """
    if ctx.invoked_subcommand is not None:
        return
    with open_store(_db_url(db)) as store:
        rows = store.list_pending()
    if not rows:
        typer.echo("the review queue is empty")
    for row in rows:
        d = row.get("descriptors") or {}
        extra = "; ".join(f"{k}: {v}" for k, v in d.items() if v and k != "text")
        typer.echo(f"{row['id']:>4}  {row['name']}  [{row.get('doc_id') or '-'}]  {extra}")


@pending_app.command()
@handles_errors
def accept(
    pending_id: Annotated[int, typer.Argument(help="Id shown by `marsad actors pending`.")],
    db: DbOption = None,
) -> None:
    """Accept a discovered actor: it joins the base at once.

    Example: marsad actors pending accept 3
    """
    base = current_base(db)
    with open_store(_db_url(db)) as store:
        row = next((r for r in store.list_pending(status=None) if r["id"] == pending_id), None)
        if row is None:
            raise NotFoundError(f"no pending actor with id {pending_id}; see `marsad actors pending`")
        actor = actor_from_pending(base, row)
        store.save_actor(actor, origin="discovered")
        store.set_pending_status(pending_id, "accepted")
    typer.echo(f"accepted {actor.id}: {actor.name}")


@pending_app.command()
@handles_errors
def reject(
    pending_id: Annotated[int, typer.Argument(help="Id shown by `marsad actors pending`.")],
    db: DbOption = None,
) -> None:
    """Reject a discovered actor (it stays out of the base and is not queued again).

    Example: marsad actors pending reject 4
    """
    with open_store(_db_url(db)) as store:
        store.set_pending_status(pending_id, "rejected")
    typer.echo(f"rejected {pending_id}")


def _as_yaml(actor: Actor, base: ActorBase) -> dict[str, Any]:
    """An actor in the YAML schema (patrons by id where the base knows them)."""
    entry: dict[str, Any] = {"id": actor.id, "name": actor.name, "inter": actor.inter, "kind": actor.kind}
    if actor.country:
        entry["country"] = actor.country
    if actor.aliases:
        entry["aliases"] = list(actor.aliases)
    if actor.arabic:
        entry["arabic"] = actor.arabic
    if actor.part_of:
        entry["part_of"] = actor.part_of
    if actor.backed_by:
        entry["backed_by"] = []
        for patron in actor.backed_by:
            known = base.by_name(patron.name)
            item: dict[str, Any] = {"id": known.id if known else slug(patron.name)}
            item.update(
                {k: v for k, v in (("since", patron.since), ("until", patron.until)) if v is not None}
            )
            entry["backed_by"].append(item)
    if actor.active != (None, None):
        entry["active"] = list(actor.active)
    for key, day in (("began", actor.began), ("ended", actor.ended)):
        if day is not None:
            entry[key] = day.isoformat()
    if actor.generic:
        entry["generic"] = True
    phrases = base.phrases.get(actor.id)
    if phrases:
        entry["phrases"] = list(phrases)
    if actor.description:
        entry["description"] = actor.description
    return entry
