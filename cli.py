"""The ``tdkt`` command: thin click commands over the library (see CONTRACT.md for exit codes)."""
from __future__ import annotations

import functools
import json
import re
import sys
from pathlib import Path

import click

from tdkt import __version__
from tdkt.errors import InputError, TdktError
from tdkt.graph.choices import ANALYSES, NETWORK_FORMATS, PROJECTIONS, RDF_FORMATS



def _fail(e: TdktError):
    err = click.ClickException(e.message)
    err.exit_code = e.exit_code
    return err


def handle_errors(f):
    """Turn our errors into one-line messages and their exit codes."""
    @functools.wraps(f)
    def wrapper(*args, **kwargs):
        try:
            return f(*args, **kwargs)
        except TdktError as e:
            raise _fail(e) from None
        except KeyboardInterrupt:
            click.echo("interrupted; nothing half-written was kept", err=True)
            sys.exit(130)
    return wrapper


class Context:
    def __init__(self, store_path, memory, quiet, endpoint=None):
        self.store_path, self.memory, self.quiet, self.endpoint = store_path, memory, quiet, endpoint
        self._store = None

    def store(self):
        if self._store is None:
            from tdkt.graph.store import open_store
            self._store = open_store(self.store_path, memory=self.memory, endpoint=self.endpoint)
        return self._store

    def close(self):
        if self._store is not None:
            self._store.close()
            self._store = None


pass_ctx = click.make_pass_decorator(Context)
LARGE_LOAD = 1000  # sources loaded at once past which `tdkt load` suggests `tdkt optimize`


def output_format_option(choices, default):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                        help="Output format.")


def table_options(f):
    """Options of the award-list loader (CSV, XLSX, JSON)."""
    f = click.option("--mapping", "mapping_file", type=click.Path(exists=True, dir_okay=False),
                     help="JSON or YAML file: {header as written: field} for columns the lists name otherwise.")(f)
    return f


def _loader_options(mapping_file: str | None, strict: bool = False) -> dict:
    from tdkt.loaders.table import read_mapping

    table = {"strict": strict}
    if mapping_file:
        table["mapping"] = read_mapping(mapping_file)
    return {"table": table}


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tdkt")
@click.option("--store", "store_path", envvar="TDKT_STORE", type=click.Path(file_okay=False),
              help="Embedded on-disk store folder (default ./tdkt-store, or $TDKT_STORE).")
@click.option("--memory", is_flag=True, help="Use an in-memory store: nothing is written.")
@click.option("--endpoint", envvar="TDKT_ENDPOINT", metavar="URL",
              help="A SPARQL 1.1 server's query URL as the store (or $TDKT_ENDPOINT); credentials only from "
                   "$TDKT_ENDPOINT_USER/$TDKT_ENDPOINT_PASSWORD or $TDKT_ENDPOINT_TOKEN.")
@click.option("--update-url", envvar="TDKT_UPDATE_URL", metavar="URL",
              help="The server's SPARQL Update URL, when not the one derived from --endpoint.")
@click.option("--gsp-url", envvar="TDKT_GSP_URL", metavar="URL",
              help="The server's Graph Store Protocol URL, when not the one derived from --endpoint "
                   "(an empty value: write with SPARQL Update).")
@click.option("-q", "--quiet", is_flag=True, help="No progress or summary on stderr.")
@click.pass_context
def main(ctx, store_path, memory, endpoint, update_url, gsp_url, quiet):
    """tdkt: Vietnamese emulation-and-commendation reports as a queryable knowledge graph."""
    remote = None
    if endpoint:
        from tdkt.graph.remote import Endpoint
        if memory:
            raise click.UsageError("--memory and --endpoint name two different stores; give one")
        try:
            remote = Endpoint.from_url(endpoint, update_url, gsp_url)
        except TdktError as e:
            raise _fail(e) from None
    elif update_url or gsp_url:
        raise click.UsageError("--update-url and --gsp-url need --endpoint")
    ctx.obj = Context(store_path, memory, quiet, remote)
    ctx.call_on_close(ctx.obj.close)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@output_format_option(RDF_FORMATS + ("json",), "ttl")
@click.option("--jobs", type=int, default=None, help="Processes to use (default: every core).")
@table_options
@pass_ctx
@handle_errors
def extract(obj, paths, fmt, jobs, mapping_file):
    """Extract facts from reports or files and print them; store nothing."""
    from tdkt.graph.export import serialize_graph
    from tdkt.graph.load import extract_paths, sources_dataset

    sources, skipped = extract_paths(paths, jobs, _loader_options(mapping_file))
    for path, reason in skipped:
        click.echo(f"skipped: {reason}", err=True)
    if not sources:
        raise _fail(InputError("nothing could be read" + (f" ({len(skipped)} skipped)" if skipped else "")))
    for src in sources:
        for w in src.warnings:
            click.echo(f"warning: {w}", err=True)
    if fmt == "json":
        out = [s.summary for s in sources if s.summary is not None]
        click.echo(json.dumps(out[0] if len(out) == 1 else out, ensure_ascii=False, indent=1))
        return
    sys.stdout.buffer.write(serialize_graph(sources_dataset(sources), fmt))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jobs", type=int, default=None, help="Processes to use (default: every core).")
@table_options
@click.option("--strict", is_flag=True, help="Any problem (an unreadable file, a bad row of a list) loads nothing.")
@pass_ctx
@handle_errors
def load(obj, paths, jobs, mapping_file, strict):
    """Extract files or folders and add them to the store (a re-load replaces the source's graph)."""
    from tdkt.graph.load import load_paths

    store = obj.store()
    show = not obj.quiet and sys.stderr.isatty()
    progress = (lambda p: click.echo(f"\r{Path(p).name[:60]:60s}", err=True, nl=False)) if show else None
    result = load_paths(store, paths, jobs=jobs, progress=progress, options=_loader_options(mapping_file, strict), strict=strict)
    if show:
        click.echo("", err=True)
    for path, reason in result.skipped:
        click.echo(f"skipped: {reason}", err=True)
    for w in result.warnings:
        click.echo(f"warning: {w}", err=True)
    if not obj.quiet:
        facts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items()))
        click.echo(f"loaded {len(result.loaded)}, unchanged {len(result.unchanged)}, skipped {len(result.skipped)}"
                   + (f"; {facts}" if facts else ""), err=True)
        if len(result.loaded) >= LARGE_LOAD and store.location and not obj.endpoint:  # (the embedded store on disk)
            click.echo("hint: `tdkt optimize` compacts the store after a load this large (smaller, faster to query)", err=True)
    if not result.ok:
        raise _fail(InputError("nothing could be loaded"))


@main.command()
@click.argument("query", required=False)
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE", help="A value for a query variable.")
@output_format_option(("table", "csv", "tsv", "json"), "table")
@click.option("--update", is_flag=True, help="Allow SPARQL Update (changes the store).")
@click.option("--allow-service", is_flag=True, help="Allow SERVICE (network access to other endpoints).")
@pass_ctx
@handle_errors
def query(obj, query, binds, fmt, update, allow_service):
    """Run SPARQL (text, a .rq file, stdin with -, or a canned query by name: awards-of, officials, …)."""
    from tdkt.graph import queries
    from tdkt.graph.results import format_result
    from tdkt.graph.sparql import check_query

    if query is None or query == "-":
        text = sys.stdin.read()
    elif query in queries.names():
        text = queries.text(query)
    elif query.endswith(".rq"):
        try:
            text = Path(query).read_text(encoding="utf-8")
        except OSError as e:
            raise InputError(f"{query}: cannot read ({e.strerror or e})") from None
    elif re.fullmatch(r"[a-z][a-z0-9-]*", query):
        raise InputError(f"unknown query {query!r}; known: {', '.join(queries.names())}")
    else:
        text = query
    bindings = {}
    for b in binds:
        if "=" not in b:
            raise InputError(f"--bind {b!r}: expected NAME=VALUE")
        k, v = b.split("=", 1)
        bindings[k.strip().lstrip("?$")] = v
    is_update = check_query(text, allow_update=update, allow_service=allow_service)
    store = obj.store()
    if is_update:
        store.update(text)
        click.echo("update done", err=True)
        return
    res = store.query(text, queries.with_keys(bindings))
    click.echo(format_result(res, fmt), nl=False)


def projection_options(f):
    """Options that choose and filter the network projection (see ``tdkt.graph.network``)."""
    options = [
        click.option("--projection", type=click.Choice(PROJECTIONS), default="full", show_default=True,
                     help="full entity graph; organizations linked by shared events and clusters; persons and their organizations."),
        click.option("--conferrals", type=click.Choice(("node", "edge")), default="node", show_default=True,
                     help="Each conferral a node, or one recipient → award type edge."),
        click.option("--class", "classes", multiple=True, help="Keep nodes of this class (repeatable), e.g. Organization."),
        click.option("--years", help="Keep conferrals of these years: 2016 or 2016-2020."),
        click.option("--since", type=int, help="Keep conferrals of this year and later."),
        click.option("--until", type=int, help="Keep conferrals of this year and earlier."),
        click.option("--award", "--award-type", "award", help="Keep conferrals of this award type (name, accents optional)."),
        click.option("--focus", help="Keep the neighbourhood of this entity (name, accents optional)."),
        click.option("--depth", type=int, default=1, show_default=True, help="Steps around --focus."),
        click.option("--with-reference", is_flag=True,
                     help="Also every known body and award type no source mentions (reference data)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _project(store, projection, conferrals, classes, years, since, until, award, focus, depth, with_reference):
    from tdkt.graph.network import Filters, project

    span = None
    if years:
        m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–]\s*(\d{4}))?\s*", years)
        if not m:
            raise InputError(f"--years {years!r}: expected 2016 or 2016-2020")
        span = (int(m.group(1)), int(m.group(2) or m.group(1)))
    if since is not None or until is not None:
        low, high = span or (0, 9999)
        span = (max(low, since if since is not None else 0), min(high, until if until is not None else 9999))
    return project(store, conferrals, projection, Filters(tuple(classes), span, award, focus, depth, not with_reference))


@main.group(invoke_without_command=True)
@click.option("--class", "cls", help="Only this class, e.g. Organization, Person.")
@click.option("--search", help="Any name of the entity; accents, case and Unicode form do not matter.")
@click.option("--top", type=int, default=50, show_default=True, help="Rows to show.")
@output_format_option(("table", "csv", "tsv", "json"), "table")
@click.pass_context
@handle_errors
def entities(ctx, cls, search, top, fmt):
    """List entities with their aliases and sources; find duplicates; merge or split them by hand."""
    if ctx.invoked_subcommand is not None:
        return
    from tdkt.graph.entities import find
    from tdkt.graph.results import format_result

    click.echo(format_result(find(ctx.obj.store(), search, cls, top), fmt), nl=False)


@entities.command("duplicates")
@click.option("--class", "cls", default="Organization", show_default=True, help="The class to look in.")
@click.option("--threshold", type=float, default=90.0, show_default=True, help="Lowest similarity (0–100) shown.")
@click.option("--top", type=int, default=100, show_default=True)
@output_format_option(("table", "csv", "tsv", "json"), "table")
@pass_ctx
@handle_errors
def entities_duplicates(obj, cls, threshold, top, fmt):
    """Likely duplicates with a similarity score (nothing is merged: use `tdkt entities merge`)."""
    from tdkt.graph.entities import duplicates
    from tdkt.graph.results import format_result

    click.echo(format_result(duplicates(obj.store(), cls, threshold, top), fmt), nl=False)


@entities.command("merge")
@click.argument("keep")
@click.argument("drop")
@pass_ctx
@handle_errors
def entities_merge(obj, keep, drop):
    """Record that DROP is the same entity as KEEP (names or IRIs); rewritten now and in later loads."""
    from tdkt.graph.entities import merge

    n = merge(obj.store(), keep, drop)
    if not obj.quiet:
        click.echo(f"merged; {n} triples rewritten; the decision is in the curation graph", err=True)


@entities.command("split")
@click.argument("a")
@click.argument("b")
@pass_ctx
@handle_errors
def entities_split(obj, a, b):
    """Record that A and B are different entities, undo a merge of them, re-load the sources naming them."""
    from tdkt.graph.entities import split
    from tdkt.graph.load import load_paths

    store = obj.store()
    paths = split(store, a, b, reload=lambda ps: load_paths(store, ps, jobs=1))
    if not obj.quiet:
        click.echo(f"recorded as different; {len(paths)} source(s) re-loaded", err=True)


@main.command("map")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="The .html file to write.")
@click.option("--size", "size_by", type=click.Choice(("degree", "awards")), default="degree", show_default=True,
              help="Node size by number of links or by awards received.")
@click.option("--query", "query_file", type=click.Path(exists=True, dir_okay=False),
              help="Map the result of a CONSTRUCT query (.rq) instead of the projection.")
@click.option("--title", default="tdkt", show_default=True, help="The page's title.")
@projection_options
@pass_ctx
@handle_errors
def map_(obj, output, size_by, query_file, title, **projection):
    """Write an interactive map: one self-contained HTML file that opens offline."""
    from tdkt.graph import maps

    store = obj.store()
    if query_file:
        res = store.query(Path(query_file).read_text(encoding="utf-8"))
        if res.kind != "graph":
            raise InputError(f"{query_file}: --query needs a CONSTRUCT or DESCRIBE query")
        g = maps.graph_of_triples(res.triples)
    else:
        g = _project(store, **projection)
    maps.write_map(g, output, title=title, size_by=size_by, info=maps.details(store, g.nodes))
    if not obj.quiet:
        click.echo(f"{output}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges", err=True)


@main.command()
@click.option("--format", "fmt", type=click.Choice(RDF_FORMATS + NETWORK_FORMATS), default="trig", show_default=True,
              help="RDF (the whole store) or a network projection (graphml, gexf, nodelink, csv).")
@click.option("-o", "--output", required=True, help="File to write, or - for stdout (csv: a folder).")
@projection_options
@pass_ctx
@handle_errors
def export(obj, fmt, output, **projection):
    """Dump the store as RDF, or its network projection (deterministic output)."""
    if fmt in RDF_FORMATS:
        from tdkt.graph.export import write

        write(obj.store(), fmt, output)
        return
    from tdkt.graph.netexport import write_network

    write_network(_project(obj.store(), **projection), fmt, output)


@main.command()
@click.argument("what", type=click.Choice(ANALYSES))
@click.option("--top", type=int, default=20, show_default=True, help="Rows to show.")
@click.option("--betweenness", is_flag=True, help="Also betweenness centrality (sampled on large graphs).")
@click.option("--sample", type=int, help="Betweenness from this many sampled sources.")
@output_format_option(("table", "csv", "tsv", "json"), "table")
@projection_options
@pass_ctx
@handle_errors
def analyze(obj, what, top, betweenness, sample, fmt, **projection):
    """Network metrics (centrality, communities, components) and award statistics (most-awarded,
    presenters, timeline --focus NAME)."""
    from tdkt.graph.analysis import analyze as run
    from tdkt.graph.results import format_result

    store = obj.store()
    g = None if what in ("most-awarded", "presenters", "timeline") else _project(store, **projection)
    res = run(store, what, g, top=top, focus=projection.get("focus"), betweenness=betweenness, sample=sample)
    if res.note and not obj.quiet:
        click.echo(f"note: {res.note}", err=True)
    click.echo(format_result(res, fmt), nl=False)


@main.command()
@output_format_option(("table", "json"), "table")
@pass_ctx
@handle_errors
def stats(obj, fmt):
    """Counts per class and per source graph."""
    from tdkt.graph.stats import stats as compute

    s = compute(obj.store())
    if fmt == "json":
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    click.echo("class               count")
    for c, n in s["classes"].items():
        click.echo(f"{c:20s}{n:>6}")
    click.echo(f"\n{len(s['graphs'])} graphs, {s['triples']} triples")
    for g, n in s["graphs"].items():
        click.echo(f"{n:>8}  {g}")


@main.command()
@pass_ctx
@handle_errors
def optimize(obj):
    """Compact the embedded store after large loads: smaller on disk and faster to query, the
    facts unchanged (a server compacts its own storage)."""
    store = obj.store()
    before, after = store.optimize()
    if not obj.quiet:
        click.echo(f"{store.name}: {before / 2**20:,.1f} MiB on disk before, {after / 2**20:,.1f} MiB after"
                   if before else f"{store.name}: no files to compact", err=True)


@main.command()
@click.option("--report", "report_path", type=click.Path(dir_okay=False), help="Also write the SHACL report (Turtle).")
@pass_ctx
@handle_errors
def validate(obj, report_path):
    """SHACL validation of the whole graph: exit 0 conforms, 1 violations, 2 could not run."""
    from tdkt.graph.validate import validate_store

    conforms, report, text = validate_store(obj.store())
    if report_path:
        report.serialize(report_path, format="turtle")
    if conforms:
        click.echo("conforms")
        return
    click.echo(text)
    sys.exit(1)


if __name__ == "__main__":  # pragma: no cover
    main()
