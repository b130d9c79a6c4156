<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * An XML document is larger than the parser's limit. Context: size, limit (bytes).
 */
final class DocumentTooLargeException extends \LengthException implements PwaPrestaException
{
    use ContextTrait;
}
