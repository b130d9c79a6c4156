<?php

namespace PrestaShop\PrestaShop\Core\Exception;

/**
 * PrestaShop's base exception of its core; Hook::exec wraps a module's exception in it in debug mode.
 */
class CoreException extends \Exception
{
}
