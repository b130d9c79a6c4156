<?php

declare(strict_types=1);

namespace PwaPresta\Php\Mws\Response;

use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\MalformedXmlException;
use PwaPresta\Php\Xml\DocumentCheck;
use PwaPresta\Php\Xml\SafeXmlReader;
use PwaPresta\Php\Xml\TagScanner;

/**
 * A checked stream of element starts, ends and texts read with XMLReader, and subtrees built
 * from it, so a large document is held in memory one subtree at a time.
 *
 * Twin of `XmlStream` in the Rust module `mws::response::element`: a DOCTYPE, a declared
 * encoding other than UTF-8, a tag or element name longer than TagScanner allows and every
 * libxml well-formedness error are rejected.
 */
final class ElementReader
{
    public const START = 'start';
    public const END = 'end';
    public const TEXT = 'text';

    private int $depth = 0;
    private bool $rootSeen = false;
    private bool $pendingEnd = false;

    private function __construct(private readonly \XMLReader $reader)
    {
    }

    /** @throws MalformedXmlException|DtdNotAllowedException */
    public static function fromString(string $xml): self
    {
        if ($xml === '') {
            throw new MalformedXmlException('the document is not well-formed UTF-8 XML: no root element', []);
        }
        DocumentCheck::checkProlog($xml);
        TagScanner::scanString($xml, self::malformedAfter(self::byteOrderMarkLength($xml)));
        $reader = new \XMLReader();
        $reader->XML($xml, null, LIBXML_NONET);

        return new self($reader);
    }

    /** @throws MalformedXmlException|DtdNotAllowedException */
    public static function fromFile(string $path): self
    {
        $head = is_file($path) && is_readable($path) ? file_get_contents($path, false, null, 0, 65536) : false;
        if ($head === false) {
            throw new MalformedXmlException(
                sprintf('the report file "%s" cannot be read: check the path and its permissions', $path),
                ['path' => $path],
            );
        }
        if ($head === '') {
            throw new MalformedXmlException('the document is not well-formed UTF-8 XML: no root element', []);
        }
        DocumentCheck::checkProlog($head);
        TagScanner::scanFile($path, self::malformedAfter(self::byteOrderMarkLength($head)));
        $reader = new \XMLReader();
        $reader->open($path, null, LIBXML_NONET);

        return new self($reader);
    }

    /**
     * The next start tag ([START, Element]), end tag ([END]) or text ([TEXT, string]) inside the
     * root, or null at the end of a complete document.
     *
     * @return array{0: string, 1?: Element|string}|null
     * @throws MalformedXmlException|DtdNotAllowedException
     */
    public function nextNode(): ?array
    {
        if ($this->pendingEnd) {
            $this->pendingEnd = false;
            $this->depth--;

            return [self::END];
        }
        while (true) {
            $previous = libxml_use_internal_errors(true);
            libxml_clear_errors();
            $read = $this->reader->read();
            $error = libxml_get_last_error();
            libxml_clear_errors();
            libxml_use_internal_errors($previous);
            if ($error !== false && $error->level >= LIBXML_ERR_ERROR) {
                throw self::malformed(sprintf('%s on line %d', trim($error->message), $error->line));
            }
            if (!$read) {
                if (!$this->rootSeen) {
                    throw self::malformed('no root element');
                }
                if ($this->depth > 0) {
                    throw self::malformed('an element that is never closed');
                }

                return null;
            }

            switch ($this->reader->nodeType) {
                case \XMLReader::ELEMENT:
                    return [self::START, $this->startElement()];
                case \XMLReader::END_ELEMENT:
                    $this->depth--;

                    return [self::END];
                case \XMLReader::TEXT:
                case \XMLReader::CDATA:
                case \XMLReader::WHITESPACE:
                case \XMLReader::SIGNIFICANT_WHITESPACE:
                    if ($this->depth > 0) {
                        return [self::TEXT, $this->reader->value];
                    }
                    break;
                case \XMLReader::DOC_TYPE:
                    throw new DtdNotAllowedException(
                        'the document contains a DOCTYPE, which is not allowed: remove it',
                        [],
                    );
            }
        }
    }

    /**
     * Reads the children and text of $element, whose start tag was just returned, up to and
     * including its end tag.
     *
     * @throws MalformedXmlException|DtdNotAllowedException
     */
    public function readSubtree(Element $element): Element
    {
        $open = [];
        while (true) {
            $node = $this->nextNode();
            if ($node === null) {
                throw self::malformed('an element that is never closed');
            }
            if ($node[0] === self::START) {
                $open[] = $element;
                $element = $node[1];
            } elseif ($node[0] === self::END) {
                $parent = array_pop($open);
                if ($parent === null) {
                    return $element;
                }
                $parent->children[] = $element;
                $element = $parent;
            } else {
                $element->text .= $node[1];
            }
        }
    }

    /** Closes the underlying reader (its file, for a report). */
    public function close(): void
    {
        $this->reader->close();
    }

    private function startElement(): Element
    {
        // libxml 2.9 lets one level more through than its own limit, so the limit is checked here.
        if ($this->depth >= SafeXmlReader::MAX_DEPTH) {
            throw self::malformed(sprintf('elements are nested deeper than %d levels', SafeXmlReader::MAX_DEPTH));
        }
        $element = new Element($this->reader->localName);
        $empty = $this->reader->isEmptyElement;
        if ($this->reader->hasAttributes) {
            while ($this->reader->moveToNextAttribute()) {
                if ($this->reader->namespaceURI !== 'http://www.w3.org/2000/xmlns/') {
                    $element->attributes[$this->reader->localName] ??= $this->reader->value;
                }
            }
            $this->reader->moveToElement();
        }
        $this->depth++;
        $this->rootSeen = true;
        $this->pendingEnd = $empty;

        return $element;
    }

    /**
     * Builds the errors of TagScanner, worded as the native engine words them, with offsets
     * counted from after a byte-order mark of $skipped bytes, as quick-xml counts them.
     *
     * @return \Closure(string, int): MalformedXmlException
     */
    private static function malformedAfter(int $skipped): \Closure
    {
        return static fn (string $detail, int $offset): MalformedXmlException
            => self::malformed(sprintf('%s near byte %d', $detail, $offset - $skipped));
    }

    private static function byteOrderMarkLength(string $head): int
    {
        return str_starts_with($head, "\xEF\xBB\xBF") ? 3 : 0;
    }

    private static function malformed(string $detail): MalformedXmlException
    {
        return new MalformedXmlException('the document is not well-formed UTF-8 XML: ' . $detail, []);
    }
}
