<?php

declare(strict_types=1);

namespace PwaPresta\Php\Xml;

use PwaPresta\Exception\DocumentTooLargeException;
use PwaPresta\Exception\DtdNotAllowedException;
use PwaPresta\Exception\MalformedXmlException;

/**
 * Checks run on a document before libxml sees it: size, UTF-8, forbidden characters, encoding
 * declaration and DOCTYPE. Twin of `check_document` in the Rust module `xml::read`.
 *
 * The DOCTYPE is looked for in the prolog, the only place where XML allows it, so libxml never
 * reads a DTD and never declares or expands an entity.
 */
final class DocumentCheck
{
    /**
     * @throws DocumentTooLargeException above $limit bytes
     * @throws MalformedXmlException when not UTF-8, with a forbidden character or another encoding
     * @throws DtdNotAllowedException when the prolog has a DOCTYPE
     */
    public static function check(string $xml, int $limit): void
    {
        $size = strlen($xml);
        if ($size > $limit) {
            throw new DocumentTooLargeException(
                sprintf('XML document of %d bytes is larger than the limit of %d bytes', $size, $limit),
                ['size' => $size, 'limit' => $limit],
            );
        }

        if (!mb_check_encoding($xml, 'UTF-8')) {
            throw self::malformed('the document is not valid UTF-8', Utf8::invalidOffset($xml));
        }

        if (preg_match('/[\x00-\x08\x0B\x0C\x0E-\x1F]/', $xml, $match, PREG_OFFSET_CAPTURE) === 1) {
            $message = sprintf('control character 0x%02X is not allowed in XML', ord($match[0][0]));
            throw self::malformed($message, $match[0][1]);
        }

        self::checkProlog($xml);
    }

    /** Rejects a DOCTYPE or a declared encoding other than UTF-8 in the prolog. */
    public static function checkProlog(string $xml): void
    {
        $length = strlen($xml);
        $offset = strncmp($xml, "\xEF\xBB\xBF", 3) === 0 ? 3 : 0;
        while ($offset < $length) {
            $offset += strspn($xml, " \t\r\n", $offset);
            $head = substr($xml, $offset, 9);
            if (strncmp($head, '<?', 2) === 0) {
                $end = strpos($xml, '?>', $offset + 2);
                if ($end === false) {
                    return;
                }
                self::checkDeclaration(substr($xml, $offset, $end + 2 - $offset), $offset);
                $offset = $end + 2;
            } elseif (strncmp($head, '<!--', 4) === 0) {
                $end = strpos($xml, '-->', $offset + 4);
                if ($end === false) {
                    return;
                }
                $offset = $end + 3;
            } elseif (strcasecmp($head, '<!DOCTYPE') === 0) {
                // libxml calls a lower-case '<!doctype' an invalid name; it is reported as a
                // DOCTYPE, as quick-xml in the native engine reads it.
                throw new DtdNotAllowedException(
                    'XML document contains a DOCTYPE declaration, which is not allowed: send the document '
                    . 'without a DTD',
                    [],
                );
            } else {
                return;
            }
        }
    }

    public static function malformed(string $message, ?int $position): MalformedXmlException
    {
        if ($position === null) {
            return new MalformedXmlException('XML document is not well-formed: ' . $message, []);
        }

        return new MalformedXmlException(
            sprintf('XML document is not well-formed at byte %d: %s', $position, $message),
            ['position' => $position],
        );
    }

    private static function checkDeclaration(string $instruction, int $offset): void
    {
        if (preg_match('/\A<\?xml\s[^>]*?\bencoding\s*=\s*(["\'])(.*?)\1/s', $instruction, $match) !== 1) {
            return;
        }
        if (strcasecmp($match[2], 'UTF-8') !== 0) {
            throw self::malformed(
                sprintf('the declared encoding "%s" is not supported: only UTF-8 is accepted', $match[2]),
                $offset,
            );
        }
    }
}
