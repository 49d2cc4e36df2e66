"""`welkom` MkDocs plugin: each event hands work to the core and adds what it returns.

- on_config: load and check the data once per build (a data error stops the build here,
  before MkDocs empties site/, so the previous site stays intact);
- on_files: add the generated pages, extra outputs (open data, feeds) and assets;
- on_page_markdown: give generated pages their metadata; fill the home page's list;
- on_page_content / on_post_page: put the ready HTML blocks of generated pages back, the
  ones search must not read only after the search plugin has read the page (pages/blocks.py);
- on_post_page / on_post_template: also drop an attribute of Material that is invalid HTML,
  and add the Content-Security-Policy and referrer policy (render/csp.py);
  with `use_directory_urls: false` (a preview opened from disk), links to folders get their
  `index.html` (pages/urls.py `file_links`);
- on_startup / on_post_build: a one-off `mkdocs build` writes the feeds in a forked second
  process next to the page rendering (`mkdocs serve` writes them in-process: forking next
  to the server's threads is not safe);
- on_post_build (priority -50): the audit of the built site (welkom/audit) fails the build
  if anything executable slipped through;
- on_serve: rebuild when data changes;
- atomic output (`mkdocs build`, `gh-deploy`): on_config points MkDocs at a temporary folder
  next to site/, the last on_post_build (priority -100: after search, the audit and every other
  plugin) swaps it in, on_build_error removes it (welkom/atomic_site.py). In strict mode MkDocs
  aborts only after on_post_build, so the swap itself counts the warnings first.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import CountHandler
from mkdocs.utils.meta import get_data

from welkom import assets
from welkom.atomic_site import AtomicSite
from welkom.audit import audit_site, report
from welkom.check import check_site
from welkom.mkdocs.config import WelkomConfig
from welkom.problems import format_problems
from welkom.redirects.expand import plan_for
from welkom.redirects.html import redirect_files
from welkom.render.context import BuildContext, today_from_environment
from welkom.render.csp import add_security_meta
from welkom.render.error_page import error_page
from welkom.render.feeds.background import FeedJob
from welkom.render.feeds.background import start as start_feed_writer
from welkom.render.feeds.links import alternate_tags
from welkom.render.outputs import PAGE_PRODUCERS, PRODUCERS, all_outputs
from welkom.render.pages import GeneratedPage, all_pages, home_html
from welkom.render.pages.notfound import MARKER as MARKER_404
from welkom.render.pages.notfound import not_found_html
from welkom.render.pages.urls import file_links

log = logging.getLogger("mkdocs.plugins.welkom")

DATA_DIRS = ("buurten", "activiteiten", "verhalen")
HOME_MARKER = "<!-- welkom:gemeenten -->"
ASSETS_URI = "assets/welkom/"


class WelkomPlugin(BasePlugin[WelkomConfig]):
    supports_multiple_instances = False
    feeds_in_background = False  # only `mkdocs build` turns this on (on_startup)
    content_policy = True  # the CSP <meta>; off under `mkdocs serve` (on_startup)
    feed_job: FeedJob | None = None
    html_files: frozenset[str] = frozenset()  # only for use_directory_urls: false
    serving = False  # `mkdocs serve`: a data error becomes a page, not a stopped build
    error_html: str | None = None
    atomic_output = False  # `mkdocs serve` builds into its own temporary folder
    atomic: AtomicSite | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self.feeds_in_background = command == "build"
        self.serving = command == "serve"
        self.atomic_output = command in ("build", "gh-deploy") and not dirty
        # `mkdocs serve` injects an inline live-reload script the policy would block.
        self.content_policy = command != "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self.root = Path(self.config.data_dir or Path(config.config_file_path).parent).resolve()
        self.feeds_audited: frozenset[str] = frozenset()  # audited by the feed writer
        self.feed_violations: list = []
        site = check_site(self.root)
        self.error_html = None
        if site.errors and self.serving:
            # INFO, not ERROR: in strict mode a logged error would stop `mkdocs serve` again
            log.info("welkom: de gegevens bevatten fouten.\n" + format_problems(site.problems))
            self.error_html = error_page(site.problems)
            config.nav = None  # its pages are not built now; no warnings about them
            return config
        if site.errors:
            raise PluginError(
                "welkom: de gegevens bevatten fouten; de site is niet gebouwd.\n"
                + format_problems(site.problems)
            )
        for problem in site.problems:  # warnings: shown, never fatal (as in `welkom check`)
            log.info(problem.format_text())
        self.ctx = BuildContext(
            site,
            today_from_environment(self.config.vandaag),
            horizon_days=self.config.horizon_weeks * 7,
            site_url=config.site_url or "http://127.0.0.1:8000/",
            repo_url=self.config.repo_url or config.repo_url or "",
        )
        self.pages: dict[str, GeneratedPage] = {}
        css = ASSETS_URI + assets.STYLESHEET
        if css not in config.extra_css:
            config.extra_css.insert(0, css)
        if self.atomic_output:
            self.atomic = AtomicSite(Path(config.site_dir))
            self.warnings = CountHandler(level=logging.WARNING)
            logging.getLogger("mkdocs").addHandler(self.warnings)
            try:
                config.site_dir = str(self.atomic.begin())
            except OSError as exc:
                raise PluginError(
                    f"welkom: de site wordt eerst in {self.atomic.temp} gebouwd, naast "
                    f"{self.atomic.target}, maar die map kan niet gemaakt worden ({exc.strerror})."
                ) from None
        script = ASSETS_URI + assets.SCRIPT
        if script not in [str(js) for js in config.extra_javascript]:
            config.extra_javascript.append(script)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self.error_html is not None:  # every page shows the messages (see on_post_template)
            return Files([File.generated(config, "index.html", content=self.error_html)])
        guide = files.get_file_from_path(self.config.algemene_gids)
        general = _body(guide.content_string) if guide is not None else ""
        for page in all_pages(self.ctx, general, _site_links(config)):
            files.append(File.generated(config, page.src_uri, content=page.content))
            self.pages[page.src_uri] = page
        producers = PAGE_PRODUCERS if self.feeds_in_background else PRODUCERS
        for out in all_outputs(self.ctx, producers):
            files.append(File.generated(config, out.path, content=out.content))
        redirects = plan_for(self.ctx.site)  # old addresses (redirects.yml): small pages
        for path, html in redirect_files(self.ctx, redirects, config.use_directory_urls):
            files.append(File.generated(config, path, content=html))
        if self.feeds_in_background:  # site_dir is the fresh temporary folder (atomic_site)
            self.feed_job = start_feed_writer(self.ctx, Path(config.site_dir))
        for rel, path in assets.files():
            files.append(File.generated(config, ASSETS_URI + rel, abs_src_path=str(path)))
        if not config.use_directory_urls:  # a preview opened from disk: see on_post_page
            self.html_files = frozenset(f.dest_uri for f in files if f.is_documentation_page())
        return files

    def on_page_markdown(
        self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            page.meta.update(generated.meta())
        elif HOME_MARKER in markdown:
            markdown = markdown.replace(HOME_MARKER, home_html(self.ctx))
            page.meta["welkom_feeds"] = alternate_tags(self.ctx, "", "alle buurten")
        return markdown

    def on_page_content(
        self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files
    ) -> str:
        generated = self.pages.get(page.file.src_uri)
        return html if generated is None else generated.fill(html, late=False)

    def on_post_page(self, output: str, /, *, page: Page, config: MkDocsConfig) -> str:
        """Put back the blocks search must not read (see pages/blocks.py)."""
        generated = self.pages.get(page.file.src_uri)
        if generated is not None:
            output = generated.fill(output, late=True)
        if not config.use_directory_urls:
            output = file_links(output, page.file.dest_uri, self.html_files)
        output = _fix_material_markup(output)
        return add_security_meta(output) if self.content_policy else output

    def on_post_template(
        self, output_content: str, /, *, template_name: str, config: MkDocsConfig
    ) -> str:
        if self.error_html is not None and template_name == "404.html":
            return self.error_html  # `mkdocs serve` answers every other URL with 404.html
        if template_name == "404.html":
            output_content = output_content.replace(MARKER_404, not_found_html(self.ctx), 1)
        output = _fix_material_markup(output_content)  # 404.html
        return add_security_meta(output) if self.content_policy else output

    def _wait_for_feeds(self, *, config: MkDocsConfig) -> None:
        job, self.feed_job = self.feed_job, None
        if job is not None:
            try:
                job.wait()
            except RuntimeError as exc:
                raise PluginError(str(exc)) from None
            self.feeds_audited, self.feed_violations = job.audited, job.violations

    @event_priority(-50)  # after every writer (feeds above, other plugins at 0)
    def _audit(self, *, config: MkDocsConfig) -> None:
        """Nothing executable in the output, or the build fails (welkom/audit)."""
        workers = (os.cpu_count() or 1) if self.feeds_in_background else 1  # build, not serve
        violations = self.feed_violations + audit_site(
            Path(config.site_dir), workers, skip=self.feeds_audited
        )
        if violations:
            raise PluginError(report(violations))

    @event_priority(-100)
    def _publish(self, *, config: MkDocsConfig) -> None:
        """Swap the finished build in, unless strict mode will abort it (see module doc)."""
        atomic, self.atomic = self.atomic, None
        if atomic is None:
            return
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        if config.strict and self.warnings.get_counts():
            atomic.abort()
            return
        atomic.commit()
        config.site_dir = str(atomic.target)

    on_post_build = CombinedEvent(_wait_for_feeds, _audit, _publish)

    def on_build_error(self, *, error: Exception) -> None:
        job, self.feed_job = self.feed_job, None
        if job is not None:
            job.process.terminate()
            job.process.join()
        atomic, self.atomic = self.atomic, None
        if atomic is not None:
            logging.getLogger("mkdocs").removeHandler(self.warnings)
            atomic.abort()

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        for name in DATA_DIRS:
            if (self.root / name).is_dir():
                server.watch(str(self.root / name))
        for name in ("redirects.yml", "welkom.yml"):  # old addresses; freshness limits
            if (self.root / name).is_file():
                server.watch(str(self.root / name))
        return server


def _fix_material_markup(html: str) -> str:
    """Two fixes to Material's markup, on every page.

    Material puts autocomplete="off" on two checkboxes; HTML allows it on text fields only (the
    Nu Html Checker reports it), and browsers ignore it there. Its search dialog has no name,
    which screen readers need (axe `aria-dialog-name`, part of Lighthouse's accessibility score).
    """
    for toggle in ("__drawer", "__search"):
        html = html.replace(
            f'type="checkbox" id="{toggle}" autocomplete="off"', f'type="checkbox" id="{toggle}"', 1
        )
    return html.replace(
        'data-md-component="search" role="dialog">',
        'data-md-component="search" role="dialog" aria-label="Zoeken">',
        1,
    )


def _site_links(config: MkDocsConfig) -> tuple[tuple[str, str], ...]:
    """(title, directory URL) of the top-level pages in mkdocs.yml's `nav`."""
    links = []
    for entry in config.nav or ():
        if isinstance(entry, dict) and len(entry) == 1:
            ((title, target),) = entry.items()
            if isinstance(target, str) and target.endswith(".md"):
                url = target.removesuffix(".md").removesuffix("index").rstrip("/")
                links.append((title, url + "/" if url else ""))
    return tuple(links)


def _body(markdown: str) -> str:
    """The general guide without front matter and without its own title (first ``# ``)."""
    body, _ = get_data(markdown)
    lines = body.lstrip().splitlines()
    if lines and lines[0].startswith("# "):
        lines = lines[1:]
    return "\n".join(lines).strip() + "\n"
