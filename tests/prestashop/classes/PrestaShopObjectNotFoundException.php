<?php
/**
 * Exception PrestaShop throws when an object is looked up by an id that does not exist.
 */
class PrestaShopObjectNotFoundException extends PrestaShopException
{
}
