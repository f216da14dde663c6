export default function NoCitation() {
  return null
}
