// Markdown reader: ATX and setext headings become kHeading blocks;
// paragraphs, list items, block quotes and fenced code become kParagraph
// blocks. Block markers and inline markup are stripped; every kept byte keeps
// its origin. YAML front matter gives title, date and URL.
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "ingest/decode.h"
#include "ingest/internal/blocks.h"
#include "ingest/internal/markdown_inline.h"
#include "ingest/internal/readers.h"

namespace dossier::internal {
namespace {

// A line or part of one: [begin, end) in the decoded text, newline excluded.
struct Span {
  size_t begin;
  size_t end;
};

bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

size_t LeadingSpaces(std::string_view line) {
  const size_t pos = line.find_first_not_of(" \t");
  return pos == std::string_view::npos ? line.size() : pos;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "---", "***", "___", "- - -": three or more of one of -*_ and spaces.
bool IsThematicBreak(std::string_view content) {
  const char c = content.empty() ? '\0' : content[0];
  if (c != '-' && c != '*' && c != '_') return false;
  size_t count = 0;
  for (char x : content) {
    if (x == c) {
      ++count;
    } else if (x != ' ' && x != '\t') {
      return false;
    }
  }
  return count >= 3;
}

// Returns 1 for a "===" underline, 2 for "---", 0 otherwise.
int SetextLevel(std::string_view content) {
  const std::string_view trimmed = TrimRight(content);
  if (trimmed.empty() || (trimmed[0] != '=' && trimmed[0] != '-')) return 0;
  if (trimmed.find_first_not_of(trimmed[0]) != std::string_view::npos) return 0;
  return trimmed[0] == '=' ? 1 : 2;
}

// Returns the length of a list marker ("- ", "* ", "+ ", "1. ", "2) ") with
// its following whitespace, or 0.
size_t ListMarkerLength(std::string_view content) {
  size_t pos = 0;
  if (!content.empty() && (content[0] == '-' || content[0] == '*' || content[0] == '+')) {
    pos = 1;
  } else {
    while (pos < content.size() && pos < 9 && IsDigit(content[pos])) ++pos;
    if (pos == 0 || pos >= content.size() || (content[pos] != '.' && content[pos] != ')')) return 0;
    ++pos;
  }
  if (pos == content.size()) return pos;
  if (content[pos] != ' ' && content[pos] != '\t') return 0;
  pos += LeadingSpaces(content.substr(pos));
  // Task list items: "- [ ] open item", "- [x] closed item".
  const std::string_view rest = content.substr(pos);
  if (rest.size() >= 4 && rest[0] == '[' && rest[2] == ']' && rest[3] == ' ' &&
      (rest[1] == ' ' || rest[1] == 'x' || rest[1] == 'X')) {
    pos += 4;
  }
  return pos;
}

std::string Unquote(std::string_view value) {
  value = TrimRight(value.substr(LeadingSpaces(value)));
  if (value.size() >= 2 && (value[0] == '"' || value[0] == '\'') && value.back() == value[0]) {
    value = value.substr(1, value.size() - 2);
  }
  return std::string(value);
}

class MarkdownParser {
 public:
  MarkdownParser(const MappedText& doc, ParsedSource* out) : doc_(doc), out_(out) {}

  void Run() {
    std::vector<Span> lines;
    for (size_t begin = 0; begin <= doc_.text.size();) {
      size_t end = doc_.text.find('\n', begin);
      const size_t next = end == std::string::npos ? doc_.text.size() + 1 : end + 1;
      if (end == std::string::npos) end = doc_.text.size();
      if (end > begin && doc_.text[end - 1] == '\r') --end;
      lines.push_back({begin, end});
      begin = next;
    }
    size_t first = FrontMatter(lines);
    for (size_t i = first; i < lines.size(); ++i) ProcessLine(lines[i]);
    if (in_fence_) FlushCode();
    FlushParagraph();
  }

 private:
  std::string_view Text(Span span) const {
    return std::string_view(doc_.text).substr(span.begin, span.end - span.begin);
  }

  // Reads YAML front matter ("---" ... "---") for metadata. Returns the index
  // of the first line after it (0 when there is none).
  size_t FrontMatter(const std::vector<Span>& lines) {
    if (lines.empty() || TrimRight(Text(lines[0])) != "---") return 0;
    for (size_t i = 1; i < lines.size(); ++i) {
      const std::string_view line = TrimRight(Text(lines[i]));
      if (line == "---" || line == "...") {
        for (size_t k = 1; k < i; ++k) ReadFrontMatterLine(Text(lines[k]));
        return i + 1;
      }
    }
    return 0;
  }

  void ReadFrontMatterLine(std::string_view line) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    const std::string_view key = line.substr(0, colon);
    const std::string value = Unquote(line.substr(colon + 1));
    if (key == "title") out_->title = CollapseWhitespace(value);
    if (key == "date" || key == "published") out_->published = value;
    if (key == "url" || key == "canonical_url") out_->url = value;
  }

  void ProcessLine(Span line) {
    if (in_fence_) {
      const std::string_view content = Text(line).substr(LeadingSpaces(Text(line)));
      const std::string_view closing = TrimRight(content);
      if (LeadingSpaces(Text(line)) <= 3 && closing.size() >= fence_length_ &&
          closing.find_first_not_of(fence_char_) == std::string_view::npos) {
        FlushCode();
      } else {
        code_.push_back(line);
      }
      return;
    }
    line.begin += QuoteMarkerLength(Text(line));
    const std::string_view text = Text(line);
    if (IsBlank(text)) {
      FlushParagraph();
      return;
    }
    const size_t indent = LeadingSpaces(text);
    const Span content{line.begin + indent, line.end};
    const std::string_view body = Text(content);
    if (indent <= 3 && StartsFence(body)) {
      FlushParagraph();
      return;
    }
    if (indent <= 3 && body[0] == '#' && AtxHeading(content)) {
      FlushParagraph();
      return;
    }
    if (const int level = SetextLevel(body);
        indent <= 3 && level > 0 && !paragraph_.empty() && !paragraph_is_item_) {
      AddInline(BlockKind::kHeading, level, paragraph_);
      paragraph_.clear();
      return;
    }
    if (indent <= 3 && IsThematicBreak(body)) {
      FlushParagraph();
      return;
    }
    if (const size_t marker = ListMarkerLength(body); marker > 0) {
      FlushParagraph();
      paragraph_is_item_ = true;
      paragraph_.push_back({content.begin + marker, content.end});
      return;
    }
    paragraph_.push_back(content);
  }

  // Length of the block-quote markers ("> ", "> > ") that open `line`.
  static size_t QuoteMarkerLength(std::string_view line) {
    size_t pos = 0;
    while (true) {
      const size_t spaces = LeadingSpaces(line.substr(pos));
      if (spaces > 3 || pos + spaces >= line.size() || line[pos + spaces] != '>') return pos;
      pos += spaces + 1;
      if (pos < line.size() && line[pos] == ' ') ++pos;
    }
  }

  bool StartsFence(std::string_view body) {
    const char c = body[0];
    if (c != '`' && c != '~') return false;
    const size_t length = body.find_first_not_of(c);
    const size_t run = length == std::string_view::npos ? body.size() : length;
    if (run < 3) return false;
    // A backtick fence's info string may not contain backticks.
    if (c == '`' && body.find('`', run) != std::string_view::npos) return false;
    in_fence_ = true;
    fence_char_ = c;
    fence_length_ = run;
    code_.clear();
    return true;
  }

  // Adds the ATX heading in `content` ("## Title ##"); returns false when
  // `content` is not one ("#hashtag", "#######").
  bool AtxHeading(Span content) {
    const std::string_view body = Text(content);
    size_t level = 0;
    while (level < body.size() && body[level] == '#') ++level;
    if (level > 6 || (level < body.size() && body[level] != ' ' && body[level] != '\t')) {
      return false;
    }
    std::string_view title = TrimRight(body.substr(level));
    // Drop an optional closing sequence: " ##".
    const size_t hashes = title.find_last_not_of('#');
    if (hashes == std::string_view::npos) {
      title = {};
    } else if (hashes + 1 < title.size() && (title[hashes] == ' ' || title[hashes] == '\t')) {
      title = TrimRight(title.substr(0, hashes));
    }
    const size_t begin = content.begin + level;
    AddInline(BlockKind::kHeading, static_cast<int>(level), {{begin, begin + title.size()}});
    return true;
  }

  // Joins lines with "\n", each newline mapped to the line break it stands for.
  MappedText Join(const std::vector<Span>& lines) const {
    MappedText out;
    out.origin[0] = doc_.origin[lines[0].begin];
    for (size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) {
        const size_t newline = lines[i - 1].end;
        out.AppendReplacement("\n", doc_.origin[newline], doc_.OriginalEnd(newline + 1));
      }
      out.AppendSlice(doc_, lines[i].begin, lines[i].end);
    }
    return out;
  }

  void AddInline(BlockKind kind, int level, const std::vector<Span>& lines) {
    const size_t before = out_->blocks.size();
    AddBlock(kind, level, StripInlineMarkup(Join(lines)), out_);
    if (kind == BlockKind::kHeading && level == 1 && !have_heading_title_ &&
        out_->blocks.size() > before) {
      have_heading_title_ = true;
      if (out_->title.empty()) out_->title = CollapseWhitespace(out_->blocks.back().text.text);
    }
  }

  void FlushParagraph() {
    if (!paragraph_.empty()) AddInline(BlockKind::kParagraph, 0, paragraph_);
    paragraph_.clear();
    paragraph_is_item_ = false;
  }

  void FlushCode() {
    if (!code_.empty()) AddBlock(BlockKind::kParagraph, 0, Join(code_), out_);
    code_.clear();
    in_fence_ = false;
  }

  const MappedText& doc_;
  ParsedSource* out_;
  std::vector<Span> paragraph_;  // lines of the open paragraph or list item
  bool paragraph_is_item_ = false;
  bool have_heading_title_ = false;
  bool in_fence_ = false;
  char fence_char_ = '`';
  size_t fence_length_ = 3;
  std::vector<Span> code_;  // lines of the open fenced code block
};

}  // namespace

StatusOr<ParsedSource> ReadMarkdown(std::string_view bytes) {
  ASSIGN_OR_RETURN(DecodedText decoded, DecodeText(bytes, DecodeOptions{}));
  ParsedSource out;
  out.kind = SourceKind::kMarkdown;
  out.encoding = std::move(decoded.encoding);
  MarkdownParser(decoded.text, &out).Run();
  if (out.blocks.empty()) return NoTextError();
  return out;
}

}  // namespace dossier::internal
