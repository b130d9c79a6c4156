<?php
/**
 * Smarty resource `module:<name>/<path>` resolving to _PS_MODULE_DIR_<name>/<path>, as
 * PrestaShop's module resource does when the theme has no override.
 */
class SmartyResourceModule extends Smarty_Resource_Custom
{
    protected function fetch($name, &$source, &$mtime)
    {
        $file = $this->path($name);
        if ($file === null) {
            $source = null;
            $mtime = null;

            return;
        }
        $source = file_get_contents($file);
        $mtime = filemtime($file);
    }

    protected function fetchTimestamp($name)
    {
        $file = $this->path($name);

        return $file === null ? false : filemtime($file);
    }

    private function path($name)
    {
        $name = ltrim((string) $name, '/');
        if (strpos($name, '..') !== false) {
            return null;
        }
        foreach ([_PS_THEME_DIR_ . 'modules/' . $name, _PS_MODULE_DIR_ . $name] as $file) {
            if (is_file($file)) {
                return $file;
            }
        }

        return null;
    }
}
