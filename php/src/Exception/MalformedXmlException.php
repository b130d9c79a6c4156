<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * An XML document is not well-formed, or is not UTF-8. Context: position (byte offset) when known.
 */
final class MalformedXmlException extends \UnexpectedValueException implements PwaPrestaException
{
    use ContextTrait;
}
