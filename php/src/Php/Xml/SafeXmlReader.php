<?php

declare(strict_types=1);

namespace PwaPresta\Php\Xml;

use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\MalformedXmlException;

/**
 * Streaming XML walker over XMLReader: no DTD, no network, elements known by local name.
 *
 * Twin of `XmlReader` in the Rust module `xml::read`. Use it by recursive descent: nextChild()
 * returns each child element's local name, then the caller consumes that child with readText(),
 * readValue(), skip() or further nextChild() calls until nextChild() returns null.
 */
final class SafeXmlReader
{
    /** Largest in-memory document accepted, in bytes (4 MiB). */
    public const MAX_DOCUMENT_BYTES = 4194304;

    /** Deepest element nesting accepted, the same as libxml's own default limit. */
    public const MAX_DEPTH = 256;

    private const EOF = 0;
    private const START = 1;
    private const END = 2;
    private const TEXT = 3;

    private \XMLReader $reader;
    private string $source;
    private int $depth = 0;
    private bool $rootSeen = false;
    private bool $pendingEnd = false;
    private string $text = '';
    /** @var array<string, string> */
    private array $attributes = [];

    private function __construct(\XMLReader $reader, string $source)
    {
        $this->reader = $reader;
        $this->source = $source;
    }

    /**
     * @throws \PwaPresta\Exception\DocumentTooLargeException above $limit bytes
     * @throws MalformedXmlException when not UTF-8 or with a forbidden character
     * @throws DtdNotAllowedException when the document has a DOCTYPE
     * @throws MalformedXmlException for a tag or element name longer than TagScanner allows
     */
    public static function fromString(string $xml, int $limit = self::MAX_DOCUMENT_BYTES): self
    {
        DocumentCheck::check($xml, $limit);
        if (trim($xml, " \t\r\n") === '') {
            throw DocumentCheck::malformed('the document has no root element', null);
        }
        // Offsets count from after a byte-order mark, as in the native engine.
        $start = strncmp($xml, "\xEF\xBB\xBF", 3) === 0 ? 3 : 0;
        TagScanner::scanString(
            $xml,
            static fn (string $message, int $offset): MalformedXmlException
                => DocumentCheck::malformed($message, $offset - $start),
        );

        $reader = new \XMLReader();
        $reader->XML($xml, 'UTF-8', LIBXML_NONET);

        return new self($reader, $xml);
    }

    /**
     * Reader over a file of any size (a report); its prolog and tags are checked before reading.
     *
     * @throws DtdNotAllowedException when the document has a DOCTYPE
     * @throws MalformedXmlException when the file cannot be opened
     */
    public static function fromFile(string $path): self
    {
        $head = @file_get_contents($path, false, null, 0, 65536);
        if ($head === false) {
            throw DocumentCheck::malformed("the file $path cannot be read", null);
        }
        DocumentCheck::checkProlog($head);
        TagScanner::scanFile(
            $path,
            static fn (string $message, int $offset): MalformedXmlException
                => DocumentCheck::malformed($message, $offset),
        );

        $reader = new \XMLReader();
        if (@$reader->open($path, 'UTF-8', LIBXML_NONET) !== true) {
            throw DocumentCheck::malformed("the file $path cannot be opened", null);
        }

        return new self($reader, '');
    }

    /** Local name of the next child element of the current element, or null at its end. */
    public function nextChild(): ?string
    {
        while (true) {
            $step = $this->step();
            if ($step === self::START) {
                return $this->reader->localName;
            }
            if ($step !== self::TEXT) {
                return null;
            }
        }
    }

    /** Attributes of the element last returned by nextChild(), by local name. */
    public function attributes(): array
    {
        return $this->attributes;
    }

    /** Text of the element just started: text, CDATA and references joined, children skipped. */
    public function readText(): string
    {
        $text = '';
        while (true) {
            $step = $this->step();
            if ($step === self::TEXT) {
                $text .= $this->text;
            } elseif ($step === self::START) {
                $this->skip();
            } else {
                return $text;
            }
        }
    }

    /** Skips the rest of the element just started, including its end tag. */
    public function skip(): void
    {
        $target = $this->depth - 1;
        while ($this->depth > $target) {
            if ($this->step() === self::EOF) {
                return;
            }
        }
    }

    /**
     * Converts the element just started: children become [local name => value] in document order,
     * a childless element its text, and a repeated name a list of its values.
     *
     * @return array<string, mixed>|string
     */
    public function readValue(): array|string
    {
        $text = '';
        $children = [];
        $repeated = [];
        while (true) {
            $step = $this->step();
            if ($step === self::TEXT) {
                if ($children === []) {
                    $text .= $this->text;
                }
            } elseif ($step === self::START) {
                $name = $this->reader->localName;
                $value = $this->readValue();
                if (!array_key_exists($name, $children)) {
                    $children[$name] = $value;
                } elseif (isset($repeated[$name])) {
                    $children[$name][] = $value;
                } else {
                    $children[$name] = [$children[$name], $value];
                    $repeated[$name] = true;
                }
            } else {
                return $children === [] ? $text : $children;
            }
        }
    }

    /** Reads the rest of the document, checking that it is well-formed to its end. */
    public function finish(): void
    {
        while ($this->step() !== self::EOF) {
        }
    }

    private function step(): int
    {
        if ($this->pendingEnd) {
            $this->pendingEnd = false;
            $this->depth--;

            return self::END;
        }

        $previous = libxml_use_internal_errors(true);
        try {
            return $this->read();
        } finally {
            libxml_clear_errors();
            libxml_use_internal_errors($previous);
        }
    }

    private function read(): int
    {
        while (true) {
            if (!$this->reader->read()) {
                return $this->endOfDocument();
            }
            switch ($this->reader->nodeType) {
                case \XMLReader::ELEMENT:
                    return $this->start();
                case \XMLReader::END_ELEMENT:
                    $this->depth--;

                    return self::END;
                case \XMLReader::TEXT:
                case \XMLReader::CDATA:
                case \XMLReader::WHITESPACE:
                case \XMLReader::SIGNIFICANT_WHITESPACE:
                    if ($this->depth === 0) {
                        break;
                    }
                    $this->text = $this->reader->value;

                    return self::TEXT;
                case \XMLReader::DOC_TYPE:
                    throw new DtdNotAllowedException(
                        'XML document contains a DOCTYPE declaration, which is not allowed: send the document '
                        . 'without a DTD',
                        [],
                    );
                case \XMLReader::ENTITY_REF:
                    throw DocumentCheck::malformed('an entity reference cannot be resolved without a DTD', null);
            }
        }
    }

    private function start(): int
    {
        $this->depth++;
        $this->rootSeen = true;
        if ($this->depth > self::MAX_DEPTH) {
            throw DocumentCheck::malformed(
                sprintf('elements are nested deeper than %d levels', self::MAX_DEPTH),
                null,
            );
        }

        self::checkPrefix($this->reader->name, $this->reader->localName, 'element');

        $this->attributes = [];
        if ($this->reader->hasAttributes) {
            // Prefixed attribute names by namespace and local name: two prefixes bound to one
            // namespace make one attribute, which XMLReader reports only among the errors that
            // each step clears.
            $namespaced = [];
            while ($this->reader->moveToNextAttribute()) {
                $name = $this->reader->name;
                if ($name !== 'xmlns' && strncmp($name, 'xmlns:', 6) !== 0) {
                    self::checkPrefix($name, $this->reader->localName, 'attribute');
                    $this->attributes[$this->reader->localName] = $this->reader->value;
                    if (str_contains($name, ':')) {
                        $namespace = $this->reader->namespaceURI;
                        $local = $this->reader->localName;
                        $key = $namespace . "\0" . $local;
                        if (isset($namespaced[$key])) {
                            $this->reader->moveToElement();
                            throw self::redefinedAttribute($namespaced[$key], $name, $this->reader->name, $local, $namespace);
                        }
                        $namespaced[$key] = $name;
                    }
                }
            }
            $this->reader->moveToElement();
        }
        $this->pendingEnd = $this->reader->isEmptyElement;

        return self::START;
    }

    /**
     * Rejects a name whose prefix libxml could not resolve: libxml reports it only among the errors
     * read at the end, and leaves the whole name, colon included, as the local name.
     */
    private static function checkPrefix(string $name, string $localName, string $kind): void
    {
        if (!str_contains($localName, ':')) {
            return;
        }
        [$prefix, $local] = explode(':', $name, 2);
        if ($prefix === '' || $local === '' || str_contains($local, ':')) {
            throw DocumentCheck::malformed("$name is not a valid qualified name", null);
        }
        throw DocumentCheck::malformed(
            sprintf(
                'the namespace prefix %s of %s %s is not declared: declare it with xmlns:%s or remove the prefix',
                $prefix,
                $kind,
                $name,
                $prefix,
            ),
            null,
        );
    }

    /** Builds the error for attributes $first and $second of $element, both $local in $namespace. */
    private static function redefinedAttribute(
        string $first,
        string $second,
        string $element,
        string $local,
        string $namespace,
    ): MalformedXmlException {
        return DocumentCheck::malformed(
            sprintf(
                'the attributes %s and %s of element %s are both %s in namespace %s: remove one of them',
                $first,
                $second,
                $element,
                $local,
                $namespace,
            ),
            null,
        );
    }

    private function endOfDocument(): int
    {
        $error = null;
        foreach (libxml_get_errors() as $candidate) {
            if ($candidate->level >= LIBXML_ERR_ERROR) {
                $error = $candidate;
                break;
            }
        }
        if ($error !== null) {
            throw DocumentCheck::malformed(trim($error->message), $this->byteOffset($error->line, $error->column));
        }
        if ($this->depth > 0) {
            throw DocumentCheck::malformed('the document ends inside an element', null);
        }
        if (!$this->rootSeen) {
            throw DocumentCheck::malformed('the document has no root element', null);
        }

        return self::EOF;
    }

    /**
     * Byte offset of a libxml line and column in the source string, or null when unknown.
     *
     * NOTE: libxml counts columns in bytes for most errors, but not all, so this is approximate.
     */
    private function byteOffset(int $line, int $column): ?int
    {
        if ($this->source === '' || $line < 1) {
            return null;
        }
        $offset = 0;
        for ($current = 1; $current < $line; $current++) {
            $next = strpos($this->source, "\n", $offset);
            if ($next === false) {
                return null;
            }
            $offset = $next + 1;
        }

        return $offset + max(0, $column - 1);
    }
}
