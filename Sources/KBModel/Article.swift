/// The file formats `ingest` reads.
public enum ArticleFormat: String, Sendable, Codable, CaseIterable {
    case txt, md, html, jsonl
}

/// Where an article's publication date came from.
public enum PublishedBasis: String, Sendable, Codable, CaseIterable {
    /// Front matter, HTML meta tags, a JSONL field.
    case metadata
    /// `ingest --published DATE`.
    case commandLine = "command-line"
    /// A dateline or time stamp in the text ("موسكو - 23 نوفمبر", "MOSCOW, November 23. /TASS/").
    case dateline
    case unknown
}

/// One news article as read from disk, before extraction.
public struct Article: Sendable, Hashable {
    /// The path shown to users and exported: relative to the ingested folder
    /// (`ar/seed.txt`), with `#N` for the N-th line of a JSONL file.
    public var path: String
    /// The identity used to replace an earlier version: the absolute file path, with `#N` for JSONL.
    public var location: String
    public var format: ArticleFormat
    /// An identifier given by the source (front matter `id`, JSONL `id`).
    public var externalID: String?
    public var title: String?
    public var published: FuzzyDate?
    public var publishedBasis: PublishedBasis
    public var url: String?
    public var source: String?
    /// The language declared by metadata or `--language`; detected when nil.
    public var declaredLanguage: Language?
    /// The article text as decoded: the evidence offsets point into it.
    public var text: String

    public init(path: String, location: String? = nil, format: ArticleFormat = .txt, externalID: String? = nil,
                title: String? = nil, published: FuzzyDate? = nil, publishedBasis: PublishedBasis? = nil,
                url: String? = nil, source: String? = nil, declaredLanguage: Language? = nil, text: String) {
        self.path = path
        self.location = location ?? path
        self.format = format
        self.externalID = externalID
        self.title = title
        self.published = published
        self.publishedBasis = publishedBasis ?? (published == nil ? .unknown : .metadata)
        self.url = url
        self.source = source
        self.declaredLanguage = declaredLanguage
        self.text = text
    }
}

/// A sentence of an article. Offsets count Unicode scalars (as Python's `str` does) into `Article.text`.
public struct Sentence: Sendable, Hashable, Codable {
    public var index: Int
    public var start: Int
    public var end: Int
    public var text: String

    public init(index: Int, start: Int, end: Int, text: String) {
        self.index = index
        self.start = start
        self.end = end
        self.text = text
    }
}
