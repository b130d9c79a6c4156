<?php

declare(strict_types=1);

namespace PwaPresta\Exception;

/**
 * A well-formed document lacks an element the parser needs, or has the wrong root. Context: element.
 */
final class InvalidDocumentException extends \UnexpectedValueException implements PwaPrestaException
{
    use ContextTrait;
}
