/// The document properties Excel shows under File > Info (`docProps/core.xml` and `app.xml`).
public struct DocumentProperties: Hashable, Sendable {
  public var title: String?
  public var subject: String?
  public var author: String?
  public var company: String?
  public var keywords: String?
  public var comments: String?

  public init(
    title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
    keywords: String? = nil, comments: String? = nil
  ) {
    self.title = title
    self.subject = subject
    self.author = author
    self.company = company
    self.keywords = keywords
    self.comments = comments
  }
}
