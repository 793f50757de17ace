/* test_article.c - unit tests for articles: dates, readers of each kind, ids, first/last seen */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include <cmocka.h>

#include "newsgraph/newsgraph.h"
#include "export/export_priv.h"
#include "extract/corpus_priv.h"

/* ---- helpers ------------------------------------------------------------ */

static char dir[64];

static int setup(void **state)
{
    (void)state;
    strcpy(dir, "/tmp/ng-article-XXXXXX");
    return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    return system(cmd) == 0 ? 0 : -1;
}

static char *path_of(const char *name)
{
    static char p[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
    return p[k];
}

static const char *write_file(const char *name, const char *text)
{
    const char *p = path_of(name);
    size_t n = strlen(name);
    if (n > 3 && strcmp(name + n - 3, ".gz") == 0) {
        gzFile z = gzopen(p, "wb");
        assert_non_null(z);
        assert_int_equal(gzwrite(z, text, (unsigned)strlen(text)), (int)strlen(text));
        gzclose(z);
    } else {
        FILE *f = fopen(p, "wb");
        assert_non_null(f);
        fputs(text, f);
        fclose(f);
    }
    return p;
}

static const char *parse(const char *s)
{
    static char out[11];
    strcpy(out, "unchanged");
    if (ng_date_parse(s, strlen(s), out) != 0)
        return NULL;
    return out;
}

/* ---- dates of articles ------------------------------------------------------ */

static void dates_as_exports_write_them(void **state)
{
    (void)state;
    assert_string_equal(parse("2017-10-20"), "2017-10-20");
    assert_string_equal(parse("2017-10-20T14:30:00Z"), "2017-10-20");
    assert_string_equal(parse("2017-10-20T23:30:00-05:00"), "2017-10-20");
    assert_string_equal(parse("2017-10-20 14:30:00"), "2017-10-20");
    assert_string_equal(parse("Fri, 20 Oct 2017 14:30:00 +0000"), "2017-10-20");
    assert_string_equal(parse("20 Oct 2017 14:30 GMT"), "2017-10-20");
    assert_string_equal(parse("20171020"), "2017-10-20");
    assert_string_equal(parse("20171020143000"), "2017-10-20");
    assert_string_equal(parse("20171020T143000Z"), "2017-10-20");
    assert_string_equal(parse("13 October 2019"), "2019-10-13");
    assert_string_equal(parse("October 13, 2019"), "2019-10-13");
    assert_string_equal(parse("Oct. 13, 2019"), "2019-10-13");
    assert_string_equal(parse("Sunday, October 13th, 2019"), "2019-10-13");
    assert_string_equal(parse("29 February 2016"), "2016-02-29");
    assert_null(parse("29 February 2017"));
    assert_null(parse("2017-13-01"));
    assert_null(parse("yesterday"));
    assert_null(parse("2017"));
    assert_null(parse("1508509800")); /* epoch seconds: not a date we read */
    assert_null(parse(""));
    int y, m, d;
    assert_int_equal(ng_date_days(1970, 1, 1), 0);
    assert_int_equal(ng_date_days(2017, 10, 20), 17459);
    ng_date_civil(17459, &y, &m, &d);
    assert_int_equal(y * 10000 + m * 100 + d, 20171020);
    ng_date_civil(ng_date_days(1000, 3, 1), &y, &m, &d);
    assert_int_equal(y * 10000 + m * 100 + d, 10000301);
}

static void input_kinds_by_extension(void **state)
{
    (void)state;
    int gz = -1;
    assert_int_equal(ng_input_kind_of("a/b.txt", &gz), NG_INPUT_TEXT);
    assert_int_equal(gz, 0);
    assert_int_equal(ng_input_kind_of("b.MD", &gz), NG_INPUT_TEXT);
    assert_int_equal(ng_input_kind_of("b.htm.gz", &gz), NG_INPUT_HTML);
    assert_int_equal(gz, 1);
    assert_int_equal(ng_input_kind_of("b.ndjson", NULL), NG_INPUT_JSONL);
    assert_int_equal(ng_input_kind_of("b.jsonl.gz", NULL), NG_INPUT_JSONL);
    assert_int_equal(ng_input_kind_of("b.json", NULL), NG_INPUT_JSON);
    assert_int_equal(ng_input_kind_of("b.csv", NULL), NG_INPUT_CSV);
    assert_int_equal(ng_input_kind_of("b.tsv", NULL), NG_INPUT_TSV);
    assert_int_equal(ng_input_kind_of("b.pdf", NULL), NG_INPUT_NONE);
    assert_int_equal(ng_input_kind_of("b.gz", NULL), NG_INPUT_NONE);
    assert_int_equal(ng_input_kind_of("txt", NULL), NG_INPUT_NONE);
    ng_fields f;
    ng_fields_init(&f);
    assert_int_equal(ng_fields_set(&f, "text=story_body"), 0);
    assert_string_equal(f.name[NG_FIELD_TEXT], "story_body");
    assert_int_equal(ng_fields_set(&f, "words=body"), NG_EARG);
    assert_int_equal(ng_fields_set(&f, "text="), NG_EARG);
    assert_int_equal(ng_fields_set(&f, "text"), NG_EARG);
    ng_fields_release(&f);
}

/* Every article of a file, read by the public reader. */
typedef struct got {
    char id[128], url[128], title[128], date[16], source[64], text[256];
    unsigned long line;
} got;

static size_t read_all(const char *path, const ng_fields *f, got *out, size_t max, int *errors)
{
    ng_diag dg = {NULL, 0, 0, 1};
    ng_reader *r = ng_reader_open(path, f, &dg);
    assert_non_null(r);
    size_t n = 0;
    ng_article a;
    unsigned long line;
    int rc;
    *errors = 0;
    while ((rc = ng_reader_next(r, &a, &line)) != 0) {
        if (rc < 0) {
            (*errors)++;
            if (rc == NG_EIO)
                break;
            continue;
        }
        assert_true(n < max);
        got *g = &out[n++];
        memset(g, 0, sizeof *g);
        snprintf(g->id, sizeof g->id, "%s", a.id ? a.id : "");
        snprintf(g->url, sizeof g->url, "%s", a.url ? a.url : "");
        snprintf(g->title, sizeof g->title, "%s", a.title ? a.title : "");
        snprintf(g->date, sizeof g->date, "%s", a.date ? a.date : "");
        snprintf(g->source, sizeof g->source, "%s", a.source ? a.source : "");
        snprintf(g->text, sizeof g->text, "%.*s", (int)a.text_len, a.text);
        g->line = line;
    }
    ng_reader_free(r);
    return n;
}

static void json_lines_with_the_names_exports_use(void **state)
{
    (void)state;
    const char *p = write_file(
        "a.jsonl",
        "{\"url\": \"https://ex.com/1\", \"title\": \"One\", \"publishedAt\": "
        "\"2019-10-13T08:00:00Z\", \"source\": {\"id\": null, \"name\": \"Ex News\"}, "
        "\"content\": \"Turkish forces shelled Ras al-Ain.\"}\n"
        "\n"
        "{\"link\": \"https://ex.com/2\", \"headline\": \"Two\", \"pubDate\": \"Sun, 13 Oct "
        "2019 10:00:00 +0000\", \"domain\": \"ex.com\", \"body\": \"Kurdish forces held "
        "Kobane.\"}\r\n"
        "{\"id\": 77, \"seendate\": \"20191014T101500Z\", \"maintext\": \"The SDF said.\"}\n"
        "{\"date_publish\": \"2019-10-15 09:00:00\", \"outlet\": \"O\", \"article\": \"X.\"}\n"
        "{\"text\": \"unterminated\n"
        "[1, 2]\n"
        "{\"publisher\": \"P\", \"text\": \"Last one.\", \"date\": \"October 16, 2019\"}");
    got g[8];
    int errors;
    size_t n = read_all(p, NULL, g, 8, &errors);
    assert_int_equal(errors, 2); /* the unterminated string, the array */
    assert_int_equal(n, 5);
    assert_string_equal(g[0].id, "https://ex.com/1");
    assert_string_equal(g[0].title, "One");
    assert_string_equal(g[0].date, "2019-10-13");
    assert_string_equal(g[0].source, "Ex News");
    assert_string_equal(g[0].text, "Turkish forces shelled Ras al-Ain.");
    assert_int_equal(g[0].line, 1);
    assert_string_equal(g[1].url, "https://ex.com/2");
    assert_string_equal(g[1].title, "Two");
    assert_string_equal(g[1].date, "2019-10-13");
    assert_string_equal(g[1].source, "ex.com");
    assert_int_equal(g[1].line, 3);
    assert_string_equal(g[2].id, "77");
    assert_string_equal(g[2].date, "2019-10-14");
    assert_string_equal(g[2].text, "The SDF said.");
    assert_string_equal(g[3].date, "2019-10-15");
    assert_string_equal(g[3].source, "O");
    assert_string_equal(g[3].id, "a.jsonl:5"); /* neither id nor URL: FILE:ROW */
    assert_string_equal(g[4].source, "P");
    assert_string_equal(g[4].date, "2019-10-16");
    assert_int_equal(g[4].line, 8);
    /* an explicit field wins over the usual names */
    ng_fields f;
    ng_fields_init(&f);
    assert_int_equal(ng_fields_set(&f, "text=title"), 0);
    assert_int_equal(ng_fields_set(&f, "source=source.id"), 0);
    n = read_all(p, &f, g, 8, &errors);
    assert_string_equal(g[0].text, "One");
    assert_string_equal(g[0].source, ""); /* source.id is null */
    ng_fields_release(&f);
}

static void json_array_or_object_holding_one(void **state)
{
    (void)state;
    got g[4];
    int errors;
    const char *p = write_file("b.json", "[{\"text\": \"A.\", \"url\": \"u1\"}, {\"text\": \"B.\"}]");
    assert_int_equal(read_all(p, NULL, g, 4, &errors), 2);
    assert_string_equal(g[1].id, "b.json:2");
    p = write_file("c.json.gz", "{\"status\": \"ok\", \"totalResults\": 1, \"articles\": "
                                "[{\"description\": \"d\", \"content\": \"C.\"}]}");
    assert_int_equal(read_all(p, NULL, g, 4, &errors), 1);
    assert_string_equal(g[0].text, "C.");
    p = write_file("d.json", "{\"response\": {\"docs\": [{\"headline\": {\"main\": \"H\"}, "
                             "\"body\": [\"P1.\", \"P2.\"]}]}}");
    assert_int_equal(read_all(p, NULL, g, 4, &errors), 1);
    assert_string_equal(g[0].title, "H");
    assert_string_equal(g[0].text, "P1.\n\nP2.");
    ng_diag dg = {NULL, 0, 0, 1};
    p = write_file("e.json", "[{\"text\": \"A.\"},");
    assert_null(ng_reader_open(p, NULL, &dg));
    assert_int_equal(dg.errors, 1);
}

static void csv_and_tsv_rows(void **state)
{
    (void)state;
    got g[8];
    int errors;
    const char *p = write_file(
        "a.csv", "\xEF\xBB\xBFLink,Headline,Published,Publisher,Content\n"
                 "https://ex.com/1,\"One, two\",2019-10-13,Ex,\"He said \"\"no\"\".\n"
                 "Second paragraph.\"\n"
                 "\n"
                 "https://ex.com/2,Two,20191014,Ex,Plain text.\n"
                 "https://ex.com/3,Three,2019-10-15,Ex\n"
                 "https://ex.com/4,Four,2019-10-16,Ex,\"bad \"quote\" here\"\n"
                 "https://ex.com/5,Five,2019-10-17,Ex,Fine.\n");
    size_t n = read_all(p, NULL, g, 8, &errors);
    assert_int_equal(errors, 2); /* a field short, a stray quote */
    assert_int_equal(n, 3);
    assert_string_equal(g[0].title, "One, two");
    assert_string_equal(g[0].text, "He said \"no\".\nSecond paragraph.");
    assert_string_equal(g[0].date, "2019-10-13");
    assert_int_equal(g[0].line, 2);
    assert_string_equal(g[1].date, "2019-10-14");
    assert_int_equal(g[1].line, 5);
    assert_string_equal(g[2].id, "https://ex.com/5");
    p = write_file("b.tsv.gz", "title\tdate\tmaintext\nT\t13 October 2019\tHe said \"x\".\n");
    assert_int_equal(read_all(p, NULL, g, 8, &errors), 1);
    assert_int_equal(errors, 0);
    assert_string_equal(g[0].text, "He said \"x\".");
    assert_string_equal(g[0].id, "b.tsv.gz:2");
    /* no text column */
    p = write_file("c.csv", "a,b\n1,2\n");
    n = read_all(p, NULL, g, 8, &errors);
    assert_int_equal(n, 0);
    assert_int_equal(errors, 1);
}

static void text_front_matter_and_datelines(void **state)
{
    (void)state;
    got g[2];
    int errors;
    const char *p = write_file("a.md", "---\ntitle: \"Raqqa falls\"\ndate: 2017-10-20\n"
                                       "url: https://ex.com/raqqa\nsource: Ex\n---\nBody.\n");
    assert_int_equal(read_all(p, NULL, g, 2, &errors), 1);
    assert_string_equal(g[0].title, "Raqqa falls");
    assert_string_equal(g[0].date, "2017-10-20");
    assert_string_equal(g[0].id, "https://ex.com/raqqa");
    assert_string_equal(g[0].text, "Body.\n");
    /* no closing fence: all of it is text */
    p = write_file("b.txt", "---\ntitle: x\nBody.\n");
    read_all(p, NULL, g, 2, &errors);
    assert_string_equal(g[0].title, "");
    assert_string_equal(g[0].id, "b");
    static const struct {
        const char *text, *date;
    } lines[] = {
        {"Headline here\n\nBEIRUT, October 20, 2017 (Reuters) - Fighters said.\n", "2017-10-20"},
        {"RAQQA, Syria, 20 Oct 2017 -- Fighters said.\n", "2017-10-20"},
        {"Headline\nPublished: 20 October 2017\n\nText.\n", "2017-10-20"},
        {"Headline\nFriday 20 October 2017 14.30 BST\nText.\n", "2017-10-20"},
        {"Headline\n\nUpdated on Oct. 20, 2017 | 3:00 PM\nText.\n", "2017-10-20"},
        /* a date inside a sentence, a caption far down: not datelines */
        {"Fighters left on 20 October 2017, officials said.\n", ""},
        {"Beirut, October 20, 2017 was calm.\n", ""},
        {"a\nb\nc\nd\ne\nf\ng\n20 October 2017\n", ""},
    };
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        p = write_file("d.txt", lines[i].text);
        read_all(p, NULL, g, 2, &errors);
        if (strcmp(g[0].date, lines[i].date) != 0)
            fail_msg("dateline of %s: '%s', expected '%s'", lines[i].text, g[0].date,
                     lines[i].date);
    }
}

static const char page[] =
    "<!DOCTYPE html><html><head><title>Raqqa falls | Ex News</title>"
    "<meta property=\"og:title\" content=\"Raqqa falls\">"
    "<meta property=\"og:site_name\" content=\"Ex News\">"
    "<link rel=\"canonical\" href=\"https://ex.com/raqqa\">"
    "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": "
    "\"NewsArticle\", \"datePublished\": \"2017-10-20T09:00:00Z\"}</script>"
    "<script>var a = 'Damascus';</script><style>p{color:red}</style></head><body>"
    "<div id=\"cookie-consent\">We use cookies from Google.</div>"
    "<nav class=\"site-nav\"><a>World</a><a>Aleppo</a></nav>"
    "<header><h1>Ex News</h1></header>"
    "<article><h1>Raqqa falls</h1><p class=\"byline\">By A Writer</p>"
    "<figure><img src=x><figcaption>Fighters in Manbij</figcaption></figure>"
    "<p>Fighters took&nbsp;Raqqa &amp; Tabqa.</p><p>The   SDF said.</p>"
    "<div class=\"share-tools\">Share on Facebook</div></article>"
    "<aside>Read more: Idlib</aside><footer>Ex News, London</footer></body></html>";

static void html_reader_view(void **state)
{
    (void)state;
    got g[2];
    int errors;
    const char *p = write_file("a.html", page);
    assert_int_equal(read_all(p, NULL, g, 2, &errors), 1);
    assert_string_equal(g[0].title, "Raqqa falls");
    assert_string_equal(g[0].url, "https://ex.com/raqqa");
    assert_string_equal(g[0].source, "Ex News");
    assert_string_equal(g[0].date, "2017-10-20");
    assert_string_equal(g[0].text, "By A Writer\n\nFighters took Raqqa & Tabqa.\n\nThe SDF said.");
    p = write_file("b.htm.gz", "<html><head><meta name=\"pubdate\" content=\"20171020\"></head>"
                               "<body><p>Caf\xC3\xA9 in <b>Raqqa</b>.</p>"
                               "<time datetime=\"2017-10-21\">later</time></body></html>");
    assert_int_equal(read_all(p, NULL, g, 2, &errors), 1);
    assert_string_equal(g[0].date, "2017-10-20");
    assert_string_equal(g[0].text, "Caf\xC3\xA9 in Raqqa.\n\nlater");
    assert_string_equal(g[0].id, "b.htm");
}

/* ---- the corpus: articles added and read, ids, dates in the graph --------- */

static ng_model *model(void)
{
    static ng_model *m;
    if (!m) {
        m = ng_model_new();
        assert_int_equal(ng_model_load_defaults(m, NULL), 0);
        ng_model_compile(m);
    }
    return m;
}

static void articles_added_directly_date_the_graph(void **state)
{
    (void)state;
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    o.threads = 2;
    ng_corpus *c = ng_corpus_new(model(), &o, NULL);
    ng_article a = {NULL, "https://ex.com/1", "One", "Sun, 13 Oct 2019 10:00:00 +0000", "Ex",
                    "Turkey attacked the Kurdish-led SDF in Ras al-Ain.", 0};
    a.text_len = strlen(a.text);
    ng_corpus_add_article(c, &a);
    ng_article b = {"second", NULL, NULL, "2019-10-20", NULL,
                    "Turkey attacked the Kurdish-led SDF in Tal Abyad.", 0};
    b.text_len = strlen(b.text);
    ng_corpus_add_article(c, &b);
    assert_int_equal(ng_corpus_run(c), 0);
    ng_graph *g = ng_corpus_graph(c);
    assert_int_equal(ng_corpus_document_count(c), 2);
    ng_article r;
    char date[11];
    assert_int_equal(ng_graph_article(g, 0, &r, date), 0);
    assert_string_equal(r.id, "https://ex.com/1");
    assert_string_equal(r.url, "https://ex.com/1");
    assert_string_equal(r.title, "One");
    assert_string_equal(r.date, "2019-10-13");
    assert_string_equal(r.source, "Ex");
    assert_int_equal(ng_graph_article(g, 1, &r, date), 0);
    assert_string_equal(r.id, "second");
    assert_null(r.url);
    assert_string_equal(r.date, "2019-10-20");
    assert_int_equal(ng_graph_article(g, 7, &r, date), NG_ENOENT);
    /* the two articles' entities span both dates, the others one */
    int both = 0, one = 0;
    for (size_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_node_view v;
        ng_graph_node(g, (uint32_t)i, &v);
        if (strcmp(v.first_seen, "2019-10-13") == 0 && strcmp(v.last_seen, "2019-10-20") == 0)
            both++;
        else if (strcmp(v.first_seen, v.last_seen) == 0 && v.first_seen[0])
            one++;
        else
            fail_msg("%s: first %s last %s", v.label, v.first_seen, v.last_seen);
    }
    assert_true(both >= 2); /* Turkey, the SDF */
    assert_true(one >= 2);  /* Ras al-Ain, Tal Abyad */
    int edges_both = 0;
    for (size_t i = 0; i < ng_graph_edge_count(g); i++) {
        ng_edge_view e;
        ng_graph_edge(g, (uint32_t)i, &e);
        assert_true(e.first_seen[0] && e.last_seen[0]);
        edges_both += strcmp(e.first_seen, e.last_seen) != 0;
    }
    assert_true(edges_both >= 1); /* Turkey opposes the SDF, in both */
    ng_corpus_free(c);
}

/* The public accessors by id read what the library's own records hold, for
 * every node and edge; ids and indices out of range give "none". */
static void accessors_read_what_the_records_hold(void **state)
{
    (void)state;
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    o.threads = 1;
    o.doc_limit = 1;      /* listed fewer than counted */
    o.evidence_limit = 1; /* kept fewer than the weight */
    ng_corpus *c = ng_corpus_new(model(), &o, NULL);
    static const char *const texts[][2] = {
        {"2019-10-13", "The SDF besieged Tabqa in April 2017. Turkey attacked the Kurdish-led "
                       "SDF in Ras al-Ain."},
        {"2019-10-20", "Turkey attacked the Syrian Democratic Forces in Tal Abyad. Turkey "
                       "attacked the SDF in Ras al-Ain again."},
        {NULL, "Turkey attacked the SDF near Tabqa."},
    };
    for (size_t i = 0; i < 3; i++) {
        char id[8];
        snprintf(id, sizeof id, "a%zu", i);
        ng_article a = {id, NULL, NULL, texts[i][0], NULL, texts[i][1], strlen(texts[i][1])};
        ng_corpus_add_article(c, &a);
    }
    assert_int_equal(ng_corpus_run(c), 0);
    const ng_graph *g = ng_corpus_graph(c);
    size_t nn = ng_graph_node_count(g), ne = ng_graph_edge_count(g);
    int geo = 0, dated = 0, aliased = 0, cut = 0, seen = 0, roles = 0, kept = 0, spans = 0;
    for (uint32_t id = 0; id < nn; id++) {
        ng_node_view v;
        ng_graph_node(g, id, &v);
        assert_ptr_equal(ng_graph_node_key(g, id), v.key);
        assert_ptr_equal(ng_graph_node_label(g, id), v.label);
        assert_ptr_equal(ng_graph_node_rule(g, id), v.rule);
        assert_ptr_equal(ng_graph_node_category(g, id), v.category);
        assert_int_equal(ng_graph_node_kind(g, id), v.kind);
        assert_int_equal(ng_graph_node_mentions(g, id), v.mentions);
        assert_int_equal(ng_graph_node_doc_count(g, id), v.doc_count);
        for (size_t i = 0; i <= v.n_docs; i++)
            assert_int_equal(ng_graph_node_doc(g, id, i), i < v.n_docs ? v.docs[i] : UINT32_MAX);
        for (size_t i = 0; i <= v.n_aliases; i++)
            assert_ptr_equal(ng_graph_node_alias(g, id, i), i < v.n_aliases ? v.aliases[i] : NULL);
        double lat = -1, lon = -1;
        assert_int_equal(ng_graph_node_geo(g, id, &lat, &lon), v.has_geo);
        if (v.has_geo) {
            assert_true(lat == v.lat && lon == v.lon);
            assert_int_equal(ng_graph_node_geo(g, id, NULL, NULL), 1);
        }
        assert_ptr_equal(ng_graph_node_date(g, id), v.date);
        char first[11] = "x", last[11] = "x";
        assert_int_equal(ng_graph_node_seen(g, id, first, last), v.first_seen[0] != 0);
        assert_string_equal(first, v.first_seen);
        assert_string_equal(last, v.last_seen);
        geo += v.has_geo;
        dated += v.date != NULL;
        aliased += v.n_aliases > 1;
        cut += v.doc_count > v.n_docs;
        seen += v.first_seen[0] != 0;
    }
    for (uint32_t id = 0; id < ne; id++) {
        ng_edge_view e;
        ng_graph_edge(g, id, &e);
        assert_int_equal(ng_graph_edge_source(g, id), e.src);
        assert_int_equal(ng_graph_edge_target(g, id), e.dst);
        assert_int_equal(ng_graph_edge_relation(g, id), e.relation);
        assert_ptr_equal(ng_graph_edge_role(g, id), e.role);
        assert_int_equal(ng_graph_edge_weight(g, id), e.weight);
        assert_int_equal(ng_graph_edge_doc_count(g, id), e.doc_count);
        for (size_t i = 0; i <= e.n_docs; i++)
            assert_int_equal(ng_graph_edge_doc(g, id, i), i < e.n_docs ? e.docs[i] : UINT32_MAX);
        for (size_t i = 0; i <= e.n_evidence; i++) {
            uint32_t doc = 7, offset = 7;
            const char *text = ng_graph_edge_evidence(g, id, i, &doc, &offset);
            if (i == e.n_evidence) {
                assert_null(text);
                continue;
            }
            assert_ptr_equal(text, e.evidence[i].text);
            assert_int_equal(doc, e.evidence[i].doc);
            assert_int_equal(offset, e.evidence[i].offset);
            assert_ptr_equal(ng_graph_edge_evidence(g, id, i, NULL, NULL), text);
        }
        char first[11] = "x", last[11] = "x";
        assert_int_equal(ng_graph_edge_seen(g, id, first, last), e.first_seen[0] != 0);
        assert_string_equal(first, e.first_seen);
        assert_string_equal(last, e.last_seen);
        roles += e.role != NULL;
        kept += e.weight > e.n_evidence;
        spans += strcmp(e.first_seen, e.last_seen) != 0;
    }
    /* the graph has each kind of value (else the comparisons prove little) */
    assert_true(geo && dated && aliased && cut && seen);
    assert_true(roles && kept && spans);
    /* out of range */
    char first[11] = "x", last[11] = "x";
    assert_null(ng_graph_node_key(g, (uint32_t)nn));
    assert_null(ng_graph_node_label(g, (uint32_t)nn));
    assert_null(ng_graph_node_rule(g, (uint32_t)nn));
    assert_null(ng_graph_node_category(g, (uint32_t)nn));
    assert_null(ng_kind_name(ng_graph_node_kind(g, (uint32_t)nn)));
    assert_int_equal(ng_graph_node_mentions(g, (uint32_t)nn), 0);
    assert_int_equal(ng_graph_node_doc_count(g, (uint32_t)nn), 0);
    assert_int_equal(ng_graph_node_doc(g, (uint32_t)nn, 0), UINT32_MAX);
    assert_null(ng_graph_node_alias(g, UINT32_MAX, 0));
    assert_int_equal(ng_graph_node_geo(g, (uint32_t)nn, NULL, NULL), 0);
    assert_null(ng_graph_node_date(g, (uint32_t)nn));
    assert_int_equal(ng_graph_node_seen(g, (uint32_t)nn, first, last), 0);
    assert_true(!first[0] && !last[0]);
    assert_int_equal(ng_graph_edge_source(g, (uint32_t)ne), UINT32_MAX);
    assert_int_equal(ng_graph_edge_target(g, (uint32_t)ne), UINT32_MAX);
    assert_int_equal(ng_graph_edge_relation(g, (uint32_t)ne), NG_REL__COUNT);
    assert_null(ng_graph_edge_role(g, (uint32_t)ne));
    assert_int_equal(ng_graph_edge_weight(g, (uint32_t)ne), 0);
    assert_int_equal(ng_graph_edge_doc_count(g, (uint32_t)ne), 0);
    assert_int_equal(ng_graph_edge_doc(g, UINT32_MAX, 0), UINT32_MAX);
    assert_null(ng_graph_edge_evidence(g, (uint32_t)ne, 0, NULL, NULL));
    strcpy(first, "x");
    assert_int_equal(ng_graph_edge_seen(g, (uint32_t)ne, first, NULL), 0);
    assert_string_equal(first, "");
    ng_corpus_free(c);
}

static void duplicate_ids_name_both_places(void **state)
{
    (void)state;
    write_file("dup.jsonl", "{\"url\": \"u1\", \"text\": \"A.\"}\n{\"url\": \"u2\", \"text\": "
                            "\"B.\"}\n{\"url\": \"u1\", \"text\": \"C.\"}\n");
    char *buf = NULL;
    size_t len = 0;
    FILE *mf = open_memstream(&buf, &len);
    ng_diag dg = {mf, 0, 0, 0};
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    ng_corpus *c = ng_corpus_new(model(), &o, &dg);
    assert_int_equal(ng_corpus_add_input(c, path_of("dup.jsonl")), 0);
    assert_int_equal(ng_corpus_run(c), NG_EIO);
    fclose(mf);
    char want[512];
    snprintf(want, sizeof want, "%s:3: error: article id 'u1' is also the id of %s:1",
             path_of("dup.jsonl"), path_of("dup.jsonl"));
    if (!strstr(buf, want))
        fail_msg("expected '%s' in:\n%s", want, buf);
    free(buf);
    ng_corpus_free(c);
}

static void malformed_records_fail_or_are_skipped(void **state)
{
    (void)state;
    write_file("bad.jsonl", "{\"text\": \"Turkish forces entered Manbij.\"}\n{\"text\": \n"
                            "{\"text\": \"The SDF left Kobane.\"}\n");
    for (int skip = 0; skip < 2; skip++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *mf = open_memstream(&buf, &len);
        ng_diag dg = {mf, 0, 0, 0};
        ng_corpus_options o;
        ng_corpus_options_init(&o);
        o.skip_bad = skip;
        o.threads = 1;
        ng_corpus *c = ng_corpus_new(model(), &o, &dg);
        assert_int_equal(ng_corpus_add_input(c, path_of("bad.jsonl")), 0);
        assert_int_equal(ng_corpus_run(c), skip ? 0 : NG_EIO);
        fclose(mf);
        char want[512];
        snprintf(want, sizeof want, "%s:2: %s: malformed JSON", path_of("bad.jsonl"),
                 skip ? "warning" : "error");
        if (!strstr(buf, want))
            fail_msg("expected '%s' in:\n%s", want, buf);
        if (skip) {
            assert_non_null(strstr(buf, "1 malformed record skipped"));
            assert_int_equal(ng_corpus_document_count(c), 2);
        }
        free(buf);
        ng_corpus_free(c);
    }
}

/* ---- dates in sentences, read against the article's ----------------------- */

/* The date of the event labelled label, from text dated date (NULL: none),
 * or from the file name when text is NULL; "" when it has none. */
static const char *event_date(const char *text, const char *date, const char *file,
                              const char *label)
{
    static char out[16];
    ng_corpus_options o;
    ng_corpus_options_init(&o);
    o.threads = 1;
    ng_corpus *c = ng_corpus_new(model(), &o, NULL);
    if (file) {
        assert_int_equal(ng_corpus_add_input(c, file), 0);
    } else {
        ng_article a = {"a", NULL, NULL, date, NULL, text, strlen(text)};
        ng_corpus_add_article(c, &a);
    }
    assert_int_equal(ng_corpus_run(c), 0);
    ng_graph *g = ng_corpus_graph(c);
    out[0] = '\0';
    int found = 0;
    for (size_t i = 0; i < ng_graph_node_count(g); i++) {
        ng_node_view v;
        ng_graph_node(g, (uint32_t)i, &v);
        if (v.kind == NG_KIND_EVENT && strncmp(v.label, label, strlen(label)) == 0) {
            snprintf(out, sizeof out, "%s", v.date ? v.date : "");
            found = 1;
        }
    }
    if (!found)
        fail_msg("no event '%s' in: %s", label, text ? text : file);
    ng_corpus_free(c);
    return out;
}

static const char offensive[] =
    "The offensive on Raqqa ended on 17 October, the Syrian Democratic Forces said. "
    "Officials said the reconstruction of the city could take until 2025.";

static void day_and_month_take_the_article_year(void **state)
{
    (void)state;
    /* the example: a later "until 2025" no longer dates it 2025 */
    assert_string_equal(event_date(offensive, "2017-10-20", NULL, "Offensive on Raqqa"),
                        "2017-10-17");
    /* the latest such date not after the article: the year before in January */
    assert_string_equal(event_date(offensive, "2018-01-05", NULL, "Offensive on Raqqa"),
                        "2017-10-17");
    /* on the article's own day, and the day after it (a year back) */
    assert_string_equal(event_date(offensive, "2017-10-17", NULL, "Offensive on Raqqa"),
                        "2017-10-17");
    assert_string_equal(event_date(offensive, "2017-10-16T23:00:00Z", NULL,
                                   "Offensive on Raqqa"),
                        "2016-10-17");
    /* "October 17" written the American way, and a year written wins */
    assert_string_equal(event_date("Turkish forces began their offensive on Ras al-Ain on "
                                   "October 9, officials said.",
                                   "Sun, 13 Oct 2019 10:00:00 +0000", NULL,
                                   "Offensive on Ras al-Ain"),
                        "2019-10-09");
    assert_string_equal(event_date("The siege of Kobane began on 15 September 2014.",
                                   "2019-10-13", NULL, "Battle of Kobani"),
                        "2014-09-15");
    /* 29 February: the latest year that has it */
    assert_string_equal(event_date("The siege of Kobane ended on 29 February.", "2019-03-10",
                                   NULL, "Battle of Kobani"),
                        "2016-02-29");
}

static void weekdays_are_the_last_such_day(void **state)
{
    (void)state;
    /* 16 October 2019 was a Wednesday */
    const char *t = "Turkish warplanes carried out air strikes on Ras al-Ain on Sunday, "
                    "the Syrian Democratic Forces said.";
    assert_string_equal(event_date(t, "2019-10-16", NULL, "Air strikes on Ras al-Ain"),
                        "2019-10-13");
    assert_string_equal(event_date(t, "2019-10-13", NULL, "Air strikes on Ras al-Ain"),
                        "2019-10-13"); /* a Sunday itself */
    assert_string_equal(event_date(t, "2019-10-12", NULL, "Air strikes on Ras al-Ain"),
                        "2019-10-06");
    const char *w = "Turkish warplanes carried out air strikes on Ras al-Ain on Wednesday.";
    assert_string_equal(event_date(w, "2020-01-02", NULL, "Air strikes on Ras al-Ain"),
                        "2020-01-01"); /* across a year */
    /* without an article date, a weekday says nothing */
    assert_string_equal(event_date(t, NULL, NULL, "Air strikes on Ras al-Ain"), "");
}

static void without_an_article_date(void **state)
{
    (void)state;
    /* the dateline dates the article */
    const char *p = write_file("dateline.txt",
                               "Kurdish forces end offensive\n\nBy Jane Doe\nOctober 20, 2017\n\n"
                               "The offensive on Raqqa ended on 17 October, the Syrian "
                               "Democratic Forces said. Reconstruction could take until "
                               "2025.\n");
    assert_string_equal(event_date(NULL, NULL, p, "Offensive on Raqqa"), "2017-10-17");
    /* else the nearest year written before, never one after */
    assert_string_equal(event_date("Islamic State seized Raqqa in 2014. Kurdish fighters "
                                   "arrived in 2016. The offensive on Raqqa ended on 17 "
                                   "October. Rebuilding could take until 2025.",
                                   NULL, NULL, "Offensive on Raqqa"),
                        "2016-10-17");
    assert_string_equal(event_date("The offensive on Raqqa ended on 17 October. Rebuilding "
                                   "could take until 2025.",
                                   NULL, NULL, "Offensive on Raqqa"),
                        "");
}

static void named_events_are_dated_by_their_sentence(void **state)
{
    (void)state;
    /* "Battle of Raqqa" is a gazetteer event: it was never dated */
    assert_string_equal(event_date("The battle of Raqqa began on 6 June, the Syrian "
                                   "Democratic Forces said.",
                                   "2017-10-20", NULL, "Battle of Raqqa"),
                        "2017-06-06");
    assert_string_equal(event_date("The battle of Raqqa began in June 2017.", NULL, NULL,
                                   "Battle of Raqqa"),
                        "2017-06");
    assert_string_equal(event_date("The battle of Raqqa was long.", "2017-10-20", NULL,
                                   "Battle of Raqqa"),
                        "");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(dates_as_exports_write_them),
        cmocka_unit_test(input_kinds_by_extension),
        cmocka_unit_test(json_lines_with_the_names_exports_use),
        cmocka_unit_test(json_array_or_object_holding_one),
        cmocka_unit_test(csv_and_tsv_rows),
        cmocka_unit_test(text_front_matter_and_datelines),
        cmocka_unit_test(html_reader_view),
        cmocka_unit_test(articles_added_directly_date_the_graph),
        cmocka_unit_test(accessors_read_what_the_records_hold),
        cmocka_unit_test(duplicate_ids_name_both_places),
        cmocka_unit_test(malformed_records_fail_or_are_skipped),
        cmocka_unit_test(day_and_month_take_the_article_year),
        cmocka_unit_test(weekdays_are_the_last_such_day),
        cmocka_unit_test(without_an_article_date),
        cmocka_unit_test(named_events_are_dated_by_their_sentence),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
