package org.newsgraph.app.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.newsgraph.app.json.Answers.AnalyzeAnswer;
import org.newsgraph.app.json.Answers.ArticleList;
import org.newsgraph.app.json.Answers.ArticleListItem;
import org.newsgraph.app.json.Answers.EntityAnswer;
import org.newsgraph.app.json.Answers.Health;
import org.newsgraph.app.json.Answers.OutletList;
import org.newsgraph.app.json.Answers.RelatedAnswer;
import org.newsgraph.app.json.Answers.Hit;
import org.newsgraph.app.json.Answers.SearchAnswer;
import org.newsgraph.app.json.Answers.StoreAnswer;
import org.newsgraph.app.json.Answers.TimelinePage;
import org.newsgraph.app.json.ArticleView;
import org.newsgraph.app.json.Board;
import org.newsgraph.app.json.EntityBoardViews.EntityBoardAnswer;
import org.newsgraph.app.json.Listings.ClaimItem;
import org.newsgraph.app.json.Listings.ClaimList;
import org.newsgraph.app.json.Listings.EventItem;
import org.newsgraph.app.json.Listings.EventList;
import org.newsgraph.app.json.PlaceViews.MapAnswer;
import org.newsgraph.app.json.SourceLabels;
import org.newsgraph.app.json.StoryBoardViews.StoryBoardAnswer;
import org.newsgraph.app.json.StoryViews.StoryAnswer;
import org.newsgraph.app.json.StoryViews.StoryList;
import org.newsgraph.core.AnalyzedArticle;
import org.newsgraph.ingest.PageDumpParser;
import org.newsgraph.ingest.ReadResult;
import org.newsgraph.store.ClaimRecord;
import org.newsgraph.store.EntityRecord;
import org.newsgraph.store.EventFilter;
import org.newsgraph.store.EventRecord;
import org.newsgraph.store.NewsStore;
import org.newsgraph.store.Page;
import org.newsgraph.store.Reach;
import org.newsgraph.store.StoryDetail;
import org.newsgraph.store.TimelineEntry;

/**
 * The one table of the API's routes: each with its parameters, its answer's record type, the errors it can give,
 * and its handler, a thin adapter over the store. {@link ApiServer} registers exactly these, and {@link OpenApi}
 * describes exactly these.
 */
final class ApiRoutes {
  /** The most timeline entries one request returns; the page asks for more with {@code offset}. */
  static final int MAX_TIMELINE_PAGE = 2000;
  static final String OPENAPI_PATH = "/api/openapi.json";
  /** The most articles one map is drawn from. */
  static final int MAX_MAP_SEARCH = 1000;
  /** The deepest page search goes to: the hits are ranked up to offset + limit each time. */
  static final int MAX_SEARCH_OFFSET = 10_000;

  private final NewsStore store;
  private final AnalysisPool analyses;
  private final Access access;
  private final SearchEndpoint search;
  private final IngestEndpoint ingest;
  private final WatchEndpoints watch;
  private final Supplier<ObjectNode> openApi;

  ApiRoutes(NewsStore store, AnalysisPool analyses, Access access, Supplier<ObjectNode> openApi) {
    this.store = store;
    this.analyses = analyses;
    this.access = access;
    this.search = new SearchEndpoint(store);
    this.ingest = new IngestEndpoint(store, analyses, access);
    this.watch = new WatchEndpoints(store, access);
    this.openApi = openApi;
  }

  List<Route> all() {
    Param from = Param.date("from", "First day of the period (inclusive)");
    Param to = Param.date("to", "Day after the period (exclusive)");
    Param order = Param.text("order", "oldest (the default): the earliest first; newest: the latest first (undated"
        + " last either way)", "newest");
    List<Route> routes = new java.util.ArrayList<>(List.of(
        Route.get("/api/health", "Whether the server is up, and how many articles the store holds", Health.class)
            .errors(503)
            .handle(r -> new Health("ok", store.articleCount())),
        Route.get("/api/articles", "The stored articles, a page at a time", ArticleList.class)
            .params(Param.integer("offset", "Articles to skip", 0, 0, Integer.MAX_VALUE),
                Param.integer("limit", "Articles to list", 20, 1, 500))
            .csv("articles.csv", ArticleList.class, ArticleListItem.class, ArticleList::articles)
            .errors(400, 503)
            .handle(r -> {
              int offset = r.integer("offset");
              int limit = r.integer("limit");
              return ArticleList.of(offset, limit, store.articleCount(), store.articles(offset, limit));
            }),
        Route.get("/api/articles/{id}", "A stored article with its entities, times, claims, events and"
            + " publications", ArticleView.class)
            .params(Param.path("id", "Article id", "941befa4d0bbe564"))
            .errors(404, 503)
            .handle(r -> {
              String id = r.text("id");
              AnalyzedArticle a = store.article(id).orElseThrow(() -> new ApiException(404, "no article with id "
                  + id));
              return ArticleView.of(a, store.publications(id),
                  store.reach(List.of(id)).getOrDefault(id, new Reach(1, List.of())).outlets());
            }),
        Route.get("/api/search", "Full-text search over the stored articles, with filters", SearchAnswer.class)
            .params(Param.requiredText("q", "Search words", "words"),
                Param.text("entity", "Only articles naming this entity (id or name)", "country:PRK"),
                from, to,
                Param.text("type", "Only articles with an event of this PLOVER type", "mobilize"),
                Param.text("stance", "Only articles with a claim of this stance", "denied"),
                Param.text("outlet", "Only articles this outlet ran", "Arab News"),
                Param.integer("offset", "Hits to skip, the best first: the next page", 0, 0, MAX_SEARCH_OFFSET),
                Param.integer("limit", "Most hits to return", 20, 1, 200))
            .csv("search.csv", SearchAnswer.class, Hit.class, SearchAnswer::hits)
            .errors(400, 404, 503)
            .handle(r -> {
              String q = r.text("q");
              Request.Period p = r.period();
              return search.answer(new SearchEndpoint.Query(q, entity(r, "entity"), p.from(), p.to(),
                  lower(r.text("type")), lower(r.text("stance")), r.text("outlet"), r.integer("offset"),
                  r.integer("limit")));
            }),
        Route.get("/api/entities/{id}", "An entity, by id or name, with how often it is named", EntityAnswer.class)
            .params(Param.path("id", "Entity id or name", "country:PRK"))
            .errors(404, 503)
            .handle(r -> {
              EntityRecord e = entity(r.text("id"));
              return EntityAnswer.of(e, store.placeOf(e.entity().id()).orElse(null));
            }),
        Route.get("/api/entities/{id}/board", "The events an entity takes part in (or that happen at it) that are"
            + " the most corroborated and the most disputed, from the boards of the largest stories naming it",
            EntityBoardAnswer.class)
            .params(Param.path("id", "Entity id or name", "country:PRK"),
                Param.integer("stories", "How many of its stories to read, the largest first", 20, 1, 100),
                Param.integer("limit", "Most events in each list", 5, 1, 50))
            .errors(400, 404, 503)
            .handle(r -> EntityBoard.build(store, entity(r.text("id")).entity(), r.integer("stories"),
                r.integer("limit"))),
        Route.get("/api/map", "Events by place for the map: of a search, of some articles (a story's), or of an"
            + " entity (what it did, what was done to it, what happened there)", MapAnswer.class)
            .params(Param.text("q", "Only the events of the articles these search words find (the best "
                    + MAX_MAP_SEARCH + ")", "troops"),
                Param.text("articles", "Only the events of these articles (ids separated by commas)",
                    "941befa4d0bbe564"),
                Param.text("entity", "Only events this entity takes part in or that happen at it (id or name)",
                    "country:PRK"),
                Param.integer("limit", "Most places to return", 300, 1, 2000))
            .errors(400, 404, 503)
            .handle(this::map),
        Route.get("/api/entities/{id}/related", "The entities named most often in the same sentences",
            RelatedAnswer.class)
            .params(Param.path("id", "Entity id or name", "country:PRK"),
                Param.integer("limit", "Most entities to list", 15, 1, 200))
            .errors(400, 404, 503)
            .handle(r -> {
              EntityRecord e = entity(r.text("id"));
              return RelatedAnswer.of(e.entity(), store.related(e.entity().id(), r.integer("limit")));
            }),
        Route.get("/api/timeline", "Dated statements about an entity, earliest first (or the latest first), a page"
            + " at a time", TimelinePage.class)
            .params(Param.requiredText("entity", "An entity id or name", "country:PRK"), from, to, order,
                Param.integer("offset", "Entries to skip", 0, 0, Integer.MAX_VALUE),
                Param.integer("limit", "Entries to return", 500, 1, MAX_TIMELINE_PAGE))
            .errors(400, 404, 503)
            .handle(r -> {
              EntityRecord e = entity(r.text("entity"));
              Request.Period p = r.period();
              int offset = r.integer("offset");
              Page<TimelineEntry> page = store.timeline(e.entity().id(), p.from(), p.to(), newestFirst(r), offset,
                  r.integer("limit"));
              return TimelinePage.of(e.entity(), page.total(), offset, page.items());
            }),
        Route.get("/api/claims", "Claims, newest first, a page at a time with the total: who said what, when, with"
            + " what stance", ClaimList.class)
            .params(Param.text("source", "Only claims of this source (id or name); a country also gives the claims"
                    + " of its unnamed groups", "country:UKR"),
                Param.text("about", "Only claims whose words name this entity", "country:PRK"),
                Param.date("from", "Said in a period that reaches this day or later"),
                Param.date("to", "Said in a period that begins before this day"),
                Param.integer("offset", "Claims to skip: the next page", 0, 0, Integer.MAX_VALUE),
                Param.fraction("min_confidence", "Only claims at least this sure (0 to 1; of the claims given 0.8,"
                    + " about 80% are fully right); claims of unknown confidence are left out", "0.5"),
                Param.integer("limit", "Most claims to list", 100, 1, 1000))
            .csv("claims.csv", ClaimList.class, ClaimItem.class, ClaimList::claims)
            .errors(400, 404, 503)
            .handle(r -> {
              Page<ClaimRecord> page = store.claimsPage(entity(r, "source"), entity(r, "about"), r.date("from"),
                  r.date("to"), r.fraction("min_confidence"), r.integer("offset"), r.integer("limit"));
              return ClaimList.of(page, SourceLabels.names(store, SourceLabels.sourcesOf(page.items())));
            }),
        Route.get("/api/events", "PLOVER events in date order, a page at a time with the total: who did what to"
            + " whom, when", EventList.class)
            .params(Param.text("type", "Only events of this PLOVER type", "MOBILIZE"),
                Param.text("actor", "Only events this entity did", "country:PRK"),
                Param.text("recipient", "Only events done to or with this entity", "country:RUS"),
                Param.text("entity", "Only events this entity did or that were done to or with it", "country:PRK"),
                Param.text("modality", "asserted, claimed, denied, negated, planned or hypothetical", "claimed"),
                Param.date("from", "Events whose days reach this day or later"),
                Param.date("to", "Events that begin before this day"),
                Param.fraction("min_confidence", "Only events at least this sure (0 to 1; of the events given 0.8,"
                    + " about 80% are right)", "0.5"),
                order, Param.integer("offset", "Events to skip: the next page", 0, 0, Integer.MAX_VALUE),
                Param.integer("limit", "Most events to list", 100, 1, 1000))
            .csv("events.csv", EventList.class, EventItem.class, EventList::events)
            .errors(400, 404, 503)
            .handle(r -> {
              Page<EventRecord> page = store.events(new EventFilter(r.text("type"), entity(r, "actor"),
                  entity(r, "recipient"), r.text("modality"), r.date("from"), r.date("to"),
                  r.fraction("min_confidence")), entity(r, "entity"), newestFirst(r), r.integer("offset"),
                  r.integer("limit"));
              return EventList.of(page, SourceLabels.names(store, SourceLabels.reportersOf(page.items())));
            }),
        Route.get("/api/stories", "Stories across outlets, the largest first: the articles that report one"
            + " development, with their outlets and first and latest report", StoryList.class)
            .params(Param.text("about", "Only stories naming this entity (id or name)", "country:PRK"),
                Param.date("from", "Stories whose dated articles reach this day or later"),
                Param.date("to", "Stories whose dated articles begin before this day"),
                Param.integer("offset", "Stories to skip", 0, 0, Integer.MAX_VALUE),
                Param.integer("limit", "Most stories to list", 50, 1, 500))
            .errors(400, 404, 503)
            .handle(r -> {
              int offset = r.integer("offset");
              int limit = r.integer("limit");
              return StoryList.of(offset, limit, store.stories(entity(r, "about"), r.date("from"), r.date("to"),
                  offset, limit));
            }),
        Route.get("/api/stories/{id}", "A story: its articles by outlet and time, its events each once with how"
            + " many articles and outlets report them, its claims grouped by source", StoryAnswer.class)
            .params(Param.path("id", "Story id", "s941befa4d0bbe564"))
            .errors(404, 503)
            .handle(r -> {
              String id = r.text("id");
              StoryDetail d = store.story(id).orElseThrow(() -> new ApiException(404, "no story with id " + id));
              return StoryAnswer.of(d, SourceLabels.names(store, SourceLabels.sourcesOf(d)));
            }),
        Route.get("/api/stories/{id}/board", "The board of a story: for each of its events and claims, the sources"
            + " that assert it, believe or hedge it, deny it or have not confirmed it (each report with its article"
            + " and sentence), counted per source and per outlet, and its corroboration level with its reasons",
            StoryBoardAnswer.class)
            .params(Param.path("id", "Story id", "s941befa4d0bbe564"))
            .errors(404, 503)
            .handle(r -> {
              String id = r.text("id");
              return StoryBoardAnswer.of(store.board(id).orElseThrow(() -> new ApiException(404, "no story with id "
                  + id)));
            }),
        Route.get("/api/board", "The claims board: claims grouped by what they are about, and by stance",
            Board.class)
            .params(Param.integer("limit", "Most claims to place", 500, 1, 5000))
            .errors(400, 503)
            .handle(r -> ClaimsBoard.build(store, r.integer("limit"))),
        Route.get("/api/outlets", "Outlets by how many stored articles they ran", OutletList.class)
            .params(Param.integer("limit", "Most outlets to list", 200, 1, 5000))
            .errors(400, 503)
            .handle(r -> OutletList.of(store.outlets(r.integer("limit")))),
        Route.post("/api/articles", "Analyse the text of the body and store it; needs the server's write token as"
            + " Authorization: Bearer TOKEN. 201 when something was stored, 200 when all of it was stored already",
            StoreAnswer.class)
            .ok(200, 201).textBody()
            .errors(400, 401, 403, 415, 422, 429, 503)
            .handle(ingest::handle),
        Route.post("/api/analyze", "Analyse the text of the body without storing it; needs the server's analyze or"
            + " write token as Authorization: Bearer TOKEN unless server.openAnalyze is set. Runs on a bounded pool:"
            + " 429 when it is full; within server.analyzeSeconds: what is done by then is answered, each article"
            + " noting what was left out, and 503 when nothing could be", AnalyzeAnswer.class)
            .textBody()
            .errors(400, 401, 403, 415, 422, 429, 503)
            .handle(this::analyze),
        Route.get(OPENAPI_PATH, "This description of the API (OpenAPI 3.0)", ObjectNode.class)
            .handle(r -> openApi.get())));
    routes.addAll(watch.routes());
    return List.copyOf(routes);
  }

  private MapAnswer map(Request r) {
    java.util.Set<String> ids = null;
    String q = r.text("q");
    if (q != null && !q.isBlank()) {
      ids = new java.util.LinkedHashSet<>();
      for (org.newsgraph.store.SearchHit h : store.search(q, null, MAX_MAP_SEARCH).hits()) {
        ids.add(h.articleId());
      }
    }
    String articles = r.text("articles");
    if (articles != null && !articles.isBlank()) {
      java.util.Set<String> listed = new java.util.LinkedHashSet<>();
      for (String id : articles.split(",")) {
        if (!id.isBlank()) {
          listed.add(id.strip());
        }
      }
      if (listed.size() > MAX_MAP_SEARCH) {
        throw new ApiException(400, "at most " + MAX_MAP_SEARCH + " article ids, not " + listed.size());
      }
      if (ids != null) {
        ids.retainAll(listed);
      } else {
        ids = listed;
      }
    }
    String entity = entity(r, "entity");
    if (ids != null && ids.isEmpty()) {
      return MapAnswer.of(0, List.of());
    }
    return MapAnswer.of(ids == null ? 0 : ids.size(), store.eventMap(ids, entity, r.integer("limit")));
  }

  private AnalyzeAnswer analyze(Request r) {
    access.analyze(r.context());
    try (AnalysisPool.Permit place = analyses.admit()) { // before the body is read: a crowd costs nothing
      ReadResult read = PageDumpParser.parse(r.body(), "request");
      if (read.articles().isEmpty()) {
        throw new ApiException(422, read.problems().isEmpty() ? "no article found"
            : read.problems().get(0).message());
      }
      return new AnalyzeAnswer(analyses.analyse(place, read.articles()).stream().map(ArticleView::of).toList());
    }
  }

  /** An entity parameter: an id or a name, as the entity's id; null when absent; 404 when it names nothing. */
  private String entity(Request r, String name) {
    String v = r.text(name);
    return v == null ? null : entity(v).entity().id();
  }

  private EntityRecord entity(String key) {
    return store.entity(key).orElseThrow(() -> new ApiException(404, "no entity " + key));
  }

  /** The {@code order} parameter: true for {@code newest}, false for {@code oldest} or none; 400 otherwise. */
  private static boolean newestFirst(Request r) {
    String order = lower(r.text("order"));
    if (order == null || order.equals("oldest")) {
      return false;
    }
    if (order.equals("newest")) {
      return true;
    }
    throw new ApiException(400, "order must be newest or oldest, not " + r.text("order"));
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
