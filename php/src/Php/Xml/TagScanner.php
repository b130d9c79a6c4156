<?php

declare(strict_types=1);

namespace PwaPresta\Php\Xml;

use PwaPresta\Exception\MalformedXmlException;

/**
 * Linear scan of a document's tags before libxml reads it: each tag at most MAX_TAG_BYTES long,
 * from `<` to `>`, and each element name at most MAX_NAME_BYTES. Twin of the limits of the Rust
 * module `xml::read`.
 *
 * libxml checks a start tag's attributes for duplicates in time quadratic in their number, so one
 * tag of 100,000 attributes takes seconds. The scan rejects such a tag in linear time first.
 * Comments, CDATA sections and processing instructions are skipped, and quoted attribute values
 * may contain `>`. A document may be fed in chunks: an unfinished tag is carried to the next
 * chunk, so a report file is scanned without holding it in memory. Anything else malformed is
 * left to libxml.
 *
 * A name or a tag over its limit runs for more than MAX_NAME_BYTES bytes without a `<`, which
 * XML does not allow inside a tag, so a document with no such run is accepted after one regular
 * expression; only the others are scanned tag by tag.
 */
final class TagScanner
{
    /** Maximum tag length, in bytes from `<` to `>`. Amazon's tags are under 200 bytes. */
    public const MAX_TAG_BYTES = 8192;

    /** Maximum element name length, in bytes, prefix included. */
    public const MAX_NAME_BYTES = 1024;

    /** A `<` followed by MAX_NAME_BYTES bytes that are not `<`. */
    private const LONG_RUN = '/<[^<]{' . self::MAX_NAME_BYTES . '}/';

    /** Bytes read from a file at a time. */
    private const CHUNK_BYTES = 1048576;

    /** Bytes read from a `<` before the markup is classified, the length of `<![CDATA[`. */
    private const OPENING_BYTES = 9;

    /** Bytes carried from the previous chunk, not scanned yet. */
    private string $pending = '';

    /** Offset in the document of the first byte of $pending. */
    private int $offset = 0;

    /** End of the comment, CDATA section or instruction being skipped; '' outside one. */
    private string $terminator = '';

    /** @param \Closure(string, int): MalformedXmlException $malformed builds the error at a byte offset */
    public function __construct(private readonly \Closure $malformed)
    {
    }

    /**
     * Scans a whole document held in memory.
     *
     * @param \Closure(string, int): MalformedXmlException $malformed builds the error at a byte offset
     * @throws MalformedXmlException for a tag or element name over its limit
     */
    public static function scanString(string $xml, \Closure $malformed): void
    {
        if (preg_match(self::LONG_RUN, $xml) === 0) {
            return;
        }
        (new self($malformed))->feed($xml, true);
    }

    /**
     * Scans a file in chunks of CHUNK_BYTES; a file that cannot be read is left to the caller.
     *
     * @param \Closure(string, int): MalformedXmlException $malformed builds the error at a byte offset
     * @throws MalformedXmlException for a tag or element name over its limit
     */
    public static function scanFile(string $path, \Closure $malformed): void
    {
        $file = @fopen($path, 'rb');
        if ($file === false) {
            return;
        }
        try {
            if (!self::hasLongRun($file)) {
                return;
            }
            rewind($file);
            $scanner = new self($malformed);
            do {
                $chunk = fread($file, self::CHUNK_BYTES);
                $chunk = $chunk === false ? '' : $chunk;
                $last = $chunk === '' || feof($file);
                $scanner->feed($chunk, $last);
            } while (!$last);
        } finally {
            fclose($file);
        }
    }

    /**
     * Checks whether the file contains a LONG_RUN. A run may span chunks, so the bytes from each
     * chunk's last `<` on are carried to the next.
     *
     * @param resource $file
     */
    private static function hasLongRun($file): bool
    {
        $carried = '';
        while (true) {
            $chunk = fread($file, self::CHUNK_BYTES);
            if ($chunk === false || $chunk === '') {
                return false;
            }
            $data = $carried . $chunk;
            if (preg_match(self::LONG_RUN, $data) !== 0) {
                return true;
            }
            $last = strrpos($data, '<');
            $carried = $last === false ? '' : substr($data, $last);
        }
    }

    /**
     * Scans the next chunk of the document; $last marks the final one.
     *
     * @throws MalformedXmlException for a tag or element name over its limit
     */
    public function feed(string $chunk, bool $last): void
    {
        $data = $this->pending . $chunk;
        $length = strlen($data);
        $position = 0;
        while ($position < $length) {
            if ($this->terminator !== '') {
                $end = strpos($data, $this->terminator, $position);
                if ($end === false) {
                    // The terminator may begin in the last bytes and end in the next chunk.
                    $position = max($position, $length - strlen($this->terminator) + 1);
                    break;
                }
                $position = $end + strlen($this->terminator);
                $this->terminator = '';
                continue;
            }
            $open = strpos($data, '<', $position);
            if ($open === false) {
                $position = $length;
                break;
            }
            $next = $this->markup($data, $open, $last);
            if ($next === null) {
                $position = $open;
                break;
            }
            $position = $next;
        }
        $this->pending = (string) substr($data, $position);
        $this->offset += $position;
    }

    /** Position after the markup that starts at $open, or null when the chunk ends inside it. */
    private function markup(string $data, int $open, bool $last): ?int
    {
        $length = strlen($data);
        if (!$last && $length - $open < self::OPENING_BYTES) {
            return null;
        }
        $opening = substr($data, $open, self::OPENING_BYTES);
        $skipped = match (true) {
            str_starts_with($opening, '<!--') => ['-->', 4],
            str_starts_with($opening, '<![CDATA[') => [']]>', 9],
            str_starts_with($opening, '<?') => ['?>', 2],
            str_starts_with($opening, '<!') => ['>', 2],
            default => null,
        };
        if ($skipped !== null) {
            $this->terminator = $skipped[0];

            return $open + $skipped[1];
        }
        if (str_starts_with($opening, '</')) {
            return $this->tagEnd($data, $open + 2, $open, $last);
        }

        $nameLength = strcspn($data, " \t\r\n/>", $open + 1);
        if ($nameLength > self::MAX_NAME_BYTES) {
            throw ($this->malformed)(
                sprintf('an element name is longer than the limit of %d bytes', self::MAX_NAME_BYTES),
                $this->offset + $open,
            );
        }

        return $this->tagEnd($data, $open + 1 + $nameLength, $open, $last);
    }

    /** Position after the `>` that closes the tag opened at $open, skipping quoted values. */
    private function tagEnd(string $data, int $cursor, int $open, bool $last): ?int
    {
        $length = strlen($data);
        while (true) {
            $cursor += strcspn($data, '>"\'', $cursor);
            if ($cursor >= $length) {
                break;
            }
            if ($data[$cursor] === '>') {
                $this->checkTagLength($cursor + 1 - $open, $open);

                return $cursor + 1;
            }
            $close = strpos($data, $data[$cursor], $cursor + 1);
            if ($close === false) {
                break;
            }
            $cursor = $close + 1;
        }

        // The tag goes on past this chunk, so it is at least the bytes read plus its `>` long.
        $this->checkTagLength($length - $open + 1, $open);

        return $last ? $length : null;
    }

    private function checkTagLength(int $length, int $open): void
    {
        if ($length > self::MAX_TAG_BYTES) {
            throw ($this->malformed)(
                sprintf('a tag is longer than the limit of %d bytes', self::MAX_TAG_BYTES),
                $this->offset + $open,
            );
        }
    }
}
