import KBModel
import Testing
@testable import KBIngest

@Suite struct HTMLTextTests {
    let page = """
    <!DOCTYPE html>
    <html lang="ar-SY">
    <head>
      <title>Page title | Site</title>
      <meta property="og:title" content="Summit in Yerevan">
      <meta property="og:site_name" content="Caucasus Wire">
      <meta property="og:url" content="https://example.org/og">
      <link rel="canonical" href="https://example.org/canonical">
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"},
        {"@type": "NewsArticle", "datePublished": "2022-11-23T09:15:00+04:00"}]}
      </script>
      <style>p { color: red }</style>
    </head>
    <body>
      <nav><a href="/">Home</a> Menu link</nav>
      <header>Masthead words</header>
      <article>
        <h1>Leaders meet</h1>
        <p>The leaders met in Yerevan<script>trackMe()</script> on Wednesday.</p><p>Armenia refused to sign.</p>
        <ul><li>First point</li><li>Second&nbsp;point</li></ul>
        <aside>Read also: something else</aside>
        <form><button>Subscribe</button></form>
      </article>
      <footer>Copyright words</footer>
    </body>
    </html>
    """

    @Test func articleTextKeepsParagraphsApartAndDropsChrome() {
        let h = HTMLText(html: page)
        #expect(h.text == "Leaders meet\nThe leaders met in Yerevan on Wednesday.\nArmenia refused to sign.\nFirst point\nSecond point")  // nbsp collapses like any space
        for word in ["Home", "Menu", "Masthead", "trackMe", "Read also", "Subscribe", "Copyright", "color"] {
            #expect(!h.text.contains(word), "\(word) should be dropped")
        }
    }

    @Test func metadataComesFromTheUsualPlaces() {
        let m = HTMLText(html: page).metadata
        #expect(m.title == "Summit in Yerevan")
        #expect(m.published == FuzzyDate(year: 2022, month: 11, day: 23))
        #expect(m.language == .arabic)
        #expect(m.url == "https://example.org/canonical")
        #expect(m.source == "Caucasus Wire")
    }

    @Test func titleTagAndTimeElementAreFallbacks() {
        let h = HTMLText(html: """
        <html><head><title>Plain title</title><meta property="og:url" content="https://example.org/og"></head>
        <body><main><time datetime="2024-02-23">Friday</time><p>Armenia froze its participation.</p></main>
        <div>Outside main</div></body></html>
        """)
        #expect(h.metadata.title == "Plain title")
        #expect(h.metadata.published == FuzzyDate(year: 2024, month: 2, day: 23))
        #expect(h.metadata.url == "https://example.org/og")
        #expect(h.metadata.language == nil)
        #expect(h.text == "Friday\nArmenia froze its participation.")
    }

    @Test func articlePublishedTimeWinsOverJSONLD() {
        let h = HTMLText(html: """
        <html><head><meta property="article:published_time" content="2021-05-12T08:00:00Z">
        <script type="application/ld+json">{"datePublished": "2020-01-01"}</script></head><body><p>x</p></body></html>
        """)
        #expect(h.metadata.published == FuzzyDate(year: 2021, month: 5, day: 12))
    }

    @Test func jsonLDArrayIsSearched() {
        let h = HTMLText(html: """
        <html><head><script type="application/ld+json">[{"@type": "Organization"}, {"datePublished": "2019-07-04"}]</script>
        </head><body><p>x</p></body></html>
        """)
        #expect(h.metadata.published == FuzzyDate(year: 2019, month: 7, day: 4))
    }

    @Test func bodyIsReadWhenThereIsNoArticleOrMain() {
        let h = HTMLText(html: "<html><body><div>One<br>Two</div><p>Three <b>bold</b> end</p></body></html>")
        #expect(h.text == "One\nTwo\nThree bold end")
    }

    @Test func brokenMarkupIsRecovered() {
        let h = HTMLText(html: "<p>Unclosed <b>bold <p>Next paragraph &amp; more")
        #expect(h.text == "Unclosed bold\nNext paragraph & more")
    }

    @Test func pageWithoutTextGivesEmptyText() {
        #expect(HTMLText(html: "<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>").text.isEmpty)
        #expect(HTMLText(html: "").text.isEmpty)
    }
}
