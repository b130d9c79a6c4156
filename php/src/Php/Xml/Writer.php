<?php

declare(strict_types=1);

namespace PwaPresta\Php\Xml;

/**
 * XML writing for feeds and the cart: every text node and attribute escaped, two-space indent.
 *
 * Writes the same bytes as the Rust module `xml::write`, because the cart signature covers the exact
 * bytes: the declaration `<?xml version="1.0" encoding="UTF-8"?>`, one element per line indented by
 * two spaces per level, text elements on one line, and a final newline. Text gets &amp; &lt; &gt;
 * and &#13;; attributes also get &quot; &#9; &#10;. Callers check text with isXmlText() first.
 */
final class Writer
{
    private const TEXT_ESCAPES = ['&' => '&amp;', '<' => '&lt;', '>' => '&gt;', "\r" => '&#13;'];

    private const ATTRIBUTE_ESCAPES = self::TEXT_ESCAPES + ['"' => '&quot;', "\t" => '&#9;', "\n" => '&#10;'];

    private string $out = '<?xml version="1.0" encoding="UTF-8"?>';

    /** @var list<string> */
    private array $open = [];

    /** Returns whether $text is UTF-8 containing only characters XML 1.0 allows. */
    public static function isXmlText(string $text): bool
    {
        return preg_match('//u', $text) === 1
            && preg_match('/[^\x{9}\x{A}\x{D}\x{20}-\x{D7FF}\x{E000}-\x{FFFD}\x{10000}-\x{10FFFF}]/u', $text) === 0;
    }

    /** Returns whether $name is an XML element name without a namespace prefix (an NCName). */
    public static function isElementName(string $name): bool
    {
        $start = 'A-Z_a-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{2FF}\x{370}-\x{37D}\x{37F}-\x{1FFF}'
            . '\x{200C}-\x{200D}\x{2070}-\x{218F}\x{2C00}-\x{2FEF}\x{3001}-\x{D7FF}\x{F900}-\x{FDCF}'
            . '\x{FDF0}-\x{FFFD}\x{10000}-\x{EFFFF}';
        $more = '\-.0-9\x{B7}\x{300}-\x{36F}\x{203F}-\x{2040}';

        return preg_match('/\A[' . $start . '][' . $start . $more . ']*\z/u', $name) === 1;
    }

    /**
     * Opens an element whose content is child elements; close it with end().
     *
     * @param array<string, string> $attributes
     */
    public function start(string $name, array $attributes = []): void
    {
        $this->startLine($name, $attributes);
        $this->out .= '>';
        $this->open[] = $name;
    }

    /** Closes the innermost open element on its own line. */
    public function end(): void
    {
        $name = array_pop($this->open);
        if ($name !== null) {
            $this->out .= "\n" . str_repeat('  ', count($this->open)) . '</' . $name . '>';
        }
    }

    /**
     * Writes <name attributes>text</name> on one line, or <name attributes/> for empty text.
     *
     * @param array<string, string> $attributes
     */
    public function element(string $name, array $attributes, string $text): void
    {
        $this->startLine($name, $attributes);
        $this->out .= $text === '' ? '/>' : '>' . strtr($text, self::TEXT_ESCAPES) . '</' . $name . '>';
    }

    /** Writes a text-only element without attributes. */
    public function text(string $name, string $text): void
    {
        $this->element($name, [], $text);
    }

    /** Closes every open element and returns the document with its final newline. */
    public function finish(): string
    {
        while ($this->open !== []) {
            $this->end();
        }

        return $this->out . "\n";
    }

    /** @param array<string, string> $attributes */
    private function startLine(string $name, array $attributes): void
    {
        $this->out .= "\n" . str_repeat('  ', count($this->open)) . '<' . $name;
        foreach ($attributes as $attribute => $value) {
            $this->out .= ' ' . $attribute . '="' . strtr($value, self::ATTRIBUTE_ESCAPES) . '"';
        }
    }
}
